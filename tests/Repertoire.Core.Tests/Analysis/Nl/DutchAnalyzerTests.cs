using Repertoire.Core.Analysis;
using Repertoire.Core.Analysis.Nl;

namespace Repertoire.Core.Tests.Analysis.Nl;

public sealed class DutchAnalyzerTests
{
    private static readonly DutchAnalyzer Analyzer = new();

    [Fact]
    public void CompoundPartsShareThePositionAndPointAtTheirLettersInTheOriginal()
    {
        const string text = "De Schuldbemiddeling helpt";
        var tokens = Analyzer.Analyze(text);
        Assert.Equal(["schuldbemiddel", "schuld", "bemiddel", "helpt"], tokens.Select(t => t.Term));
        Assert.Equal([1, 1, 1, 2], tokens.Select(t => t.Position));
        Assert.Equal(["Schuldbemiddeling", "Schuld", "bemiddeling", "helpt"],
            tokens.Select(t => text[t.StartOffset..t.EndOffset]));
    }

    [Theory]
    [InlineData("schuld bemiddeling", "schuldbemiddeling")]
    [InlineData("bemiddeling bij schulden", "schuldbemiddeling")]
    [InlineData("thuis verpleging", "thuisverpleging")]
    [InlineData("opvang voor daklozen", "daklozenopvang")]
    [InlineData("zorg voor het gezin", "gezinszorg")]
    [InlineData("opvang van kinderen", "kinderopvang")]
    [InlineData("geestelijke gezondheidszorg", "geestelijke gezondheidszorg")]
    public void EveryQueryTermIsAmongTheTermsOfTheCompound(string query, string indexed)
    {
        var indexTerms = Analyzer.Terms(indexed).ToHashSet();
        Assert.All(Analyzer.Terms(query), term => Assert.Contains(term, indexTerms));
    }

    [Theory]
    [InlineData("geëngageerde coöperatie", "geengageerde cooperatie")]
    [InlineData("Geestelijke Gezondheidszorg", "geestelijke gezondheidszorg")]
    [InlineData("geïnformeerd café", "geinformeerd cafe")]
    public void AccentsAndCaseDoNotChangeTheTerms(string with, string without) =>
        Assert.Equal(Analyzer.Terms(without), Analyzer.Terms(with));

    [Fact]
    public void CompoundDictionaryFromOptionsSplitsNewCompounds()
    {
        Assert.Equal(["tandartspraktijk"], new DutchAnalyzer().Terms("tandartspraktijk"));
        var analyzer = new DutchAnalyzer(new AnalyzerOptions { CompoundDictionary = ["tandarts", "Praktijk van de tandarts"] });
        Assert.Equal(["tandartspraktijk", "tandart", "praktijk"], analyzer.Terms("tandartspraktijk"));
    }

    [Fact]
    public void ProtectedWordsFromOptionsAreNeitherStemmedNorSplit()
    {
        var analyzer = new DutchAnalyzer(new AnalyzerOptions { ProtectedWords = ["Huisvesting", "Kind en Gezin"] });
        var tokens = analyzer.Analyze("huisvesting kinderen");
        Assert.Equal(["huisvesting", "kinder"], tokens.Select(t => t.Term));
        Assert.True(tokens[0].IsKeyword);
        Assert.Equal(["gezin"], analyzer.Terms("gezin"));
    }

    [Fact]
    public void WithoutDefaultListsNothingIsProtectedOrSplit()
    {
        var analyzer = new DutchAnalyzer(new AnalyzerOptions { UseDefaultWordLists = false });
        Assert.Equal(["ocmw", "schuldbemiddel"], analyzer.Terms("OCMW schuldbemiddeling"));
        Assert.False(analyzer.Analyze("OCMW")[0].IsKeyword);
    }

    [Fact]
    public void OneInstanceGivesTheSameTermsOnManyThreads()
    {
        const string text = "Thuisverpleging, daklozenopvang en schuldbemiddeling bij het OCMW: info@ocmw.be 02 435 51 38";
        var expected = string.Join(' ', Analyzer.Terms(text));
        Parallel.For(0, 2000, _ => Assert.Equal(expected, string.Join(' ', Analyzer.Terms(text))));
    }
}
