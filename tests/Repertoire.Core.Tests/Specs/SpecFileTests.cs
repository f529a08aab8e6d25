using Repertoire.Core.Analysis;
using Repertoire.Core.Analysis.Common;
using Repertoire.Core.Analysis.Fr;
using Repertoire.Core.Analysis.Nl;

namespace Repertoire.Core.Tests.Specs;

/// <summary>Runs every example of Specs/FrenchAnalysis.md and Specs/DutchAnalysis.md through the chain it names.</summary>
public sealed class SpecFileTests
{
    private static readonly FrenchAnalyzer French = new();
    private static readonly DutchAnalyzer Dutch = new();
    private static readonly WordSet Protected = new(WordLists.TokenizedWords(WordLists.Embedded("Common/protected_words.txt")));

    public static IEnumerable<object[]> FrenchExamples => SpecFile.Examples("FrenchAnalysis.md");

    public static IEnumerable<object[]> DutchExamples => SpecFile.Examples("DutchAnalysis.md");

    [Theory]
    [MemberData(nameof(FrenchExamples))]
    public void FrenchSpecExample(string name, string chain, string input, string expected) =>
        Assert.True(expected == Run(chain, input, french: true),
            $"{name} ({chain})\ninput:    {input}\nexpected: {expected}\nactual:   {Run(chain, input, french: true)}");

    [Theory]
    [MemberData(nameof(DutchExamples))]
    public void DutchSpecExample(string name, string chain, string input, string expected) =>
        Assert.True(expected == Run(chain, input, french: false),
            $"{name} ({chain})\ninput:    {input}\nexpected: {expected}\nactual:   {Run(chain, input, french: false)}");

    [Fact]
    public void EverySpecFileHasExamples()
    {
        Assert.True(FrenchExamples.Count() >= 20);
        Assert.True(DutchExamples.Count() >= 20);
    }

    private static string Run(string chain, string input, bool french)
    {
        TokenStream Plain() => new WhitespaceTokenizer(input);
        var stream = chain switch
        {
            "tokenizer" => new StandardTokenizer(input, keepApostrophes: french),
            "elision" => new ElisionFilter(Plain(), ElisionFilter.FrenchArticles),
            "lowercase" => new LowerCaseFilter(Plain()),
            "stop" => new StopFilter(Plain(), french ? FrenchAnalyzer.StopWords : DutchAnalyzer.StopWords),
            "keyword" => new KeywordMarkerFilter(new LowerCaseFilter(Plain()), Protected),
            "stem" when french => new FrenchStemFilter(Plain()),
            "stem" => new DutchStemFilter(Plain()),
            "folding" => new AsciiFoldingFilter(Plain()),
            "compound" => new DutchCompoundFilter(Plain(), Dutch.Splitter),
            "analyzer" => (french ? (Analyzer)French : Dutch).TokenStream(input),
            _ => throw new ArgumentException($"Unknown chain '{chain}'.", nameof(chain)),
        };
        return SpecFile.Render(stream);
    }
}
