using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Repertoire.Core.Analysis.Common;
using Repertoire.Core.Analysis.Fr;
using Repertoire.Core.Analysis.Nl;

namespace Repertoire.Core.Tests.Specs;

/// <summary>
/// Runs every example of Specs/FrenchAnalysis.md and Specs/DutchAnalysis.md through the chain it names: one
/// Lucene component over whitespace-separated input, or the whole analyzer.
/// </summary>
public sealed class SpecFileTests
{
    private static readonly FrenchAnalyzer French = new();
    private static readonly DutchAnalyzer Dutch = new();
    private static readonly CharArraySet Protected =
        new(LuceneVersions.Current, WordLists.TokenizedWords(WordLists.Embedded("Common/protected_words.txt")), ignoreCase: false);

    private static readonly CharArraySet Articles =
        new(LuceneVersions.Current, ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"], ignoreCase: true);

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
        TokenStream Plain() => new WhitespaceTokenizer(LuceneVersions.Current, new StringReader(input));
        var v = LuceneVersions.Current;
        var stream = chain switch
        {
            "tokenizer" => new StandardTokenizer(v, new StringReader(input)),
            "elision" => new ElisionFilter(Plain(), Articles),
            "lowercase" => new LowerCaseFilter(v, Plain()),
            "stop" => new StopFilter(v, Plain(), french ? FrenchAnalyzer.StopWords : DutchAnalyzer.StopWords),
            "keyword" => new SetKeywordMarkerFilter(new LowerCaseFilter(v, Plain()), Protected),
            "stem" when french => new SnowballFilter(Plain(), new Lucene.Net.Tartarus.Snowball.Ext.FrenchStemmer()),
            "stem" => new SnowballFilter(Plain(), new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer()),
            "folding" => new ASCIIFoldingFilter(Plain()),
            "compound" => new DutchCompoundFilter(Plain(), Dutch.Splitter),
            "analyzer" => (french ? (Analyzer)French : Dutch).GetTokenStream("text", input),
            _ => throw new ArgumentException($"Unknown chain '{chain}'.", nameof(chain)),
        };
        return SpecFile.Render(stream);
    }
}
