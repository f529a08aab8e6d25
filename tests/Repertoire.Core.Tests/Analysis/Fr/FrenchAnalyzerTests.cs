using Repertoire.Core.Analysis;
using Repertoire.Core.Analysis.Fr;

namespace Repertoire.Core.Tests.Analysis.Fr;

public sealed class FrenchAnalyzerTests
{
    private static readonly FrenchAnalyzer Analyzer = new();

    [Theory]
    [InlineData("Santé mentale", "sante mentale")]
    [InlineData("L'hébergement d'urgence", "hebergement urgence")]
    [InlineData("hôpitaux", "hopitaux")]
    [InlineData("Société", "societe")]
    [InlineData("aide à la réinsertion", "aide a la reinsertion")]
    public void AQueryTypedWithoutAccentsGivesTheSameTerms(string with, string without) =>
        Assert.Equal(Analyzer.Terms(with), Analyzer.Terms(without));

    [Fact]
    public void ElisionRemovesTheArticleWithEitherApostrophe()
    {
        const string text = "l’hôpital d'Ixelles";
        var tokens = Analyzer.Analyze(text);
        Assert.Equal(["hopital", "ixelles"], tokens.Select(t => t.Term));
        // Lucene's ElisionFilter keeps the token's offsets: a snippet marks "l’hôpital" whole.
        Assert.Equal(["l’hôpital", "d'Ixelles"], tokens.Select(t => text[t.StartOffset..t.EndOffset]));
        Assert.True(tokens[1].IsKeyword);
    }

    [Fact]
    public void ProtectedWordsFromOptionsAreNotStemmed()
    {
        Assert.Equal(["maison"], Analyzer.Terms("maisons"));
        var analyzer = new FrenchAnalyzer(new AnalyzerOptions { ProtectedWords = ["Maisons"] });
        Assert.Equal(["maisons"], analyzer.Terms("maisons"));
    }

    [Fact]
    public void StopWordsLeavePositionGaps() =>
        Assert.Equal([0, 3], Analyzer.Analyze("centre de la santé").Select(t => t.Position));

    [Fact]
    public void FrenchDoesNotSplitCompounds() =>
        Assert.Equal(["schuldbemiddeling"], Analyzer.Terms("schuldbemiddeling"));
}
