using Repertoire.Core.Analysis;
using Repertoire.Core.Analysis.Common;

namespace Repertoire.Core.Tests.Analysis.Common;

public sealed class FilterTests
{
    private static List<Token> Read(TokenStream stream)
    {
        var tokens = new List<Token>();
        while (stream.TryNext(out var token))
            tokens.Add(token);
        return tokens;
    }

    [Fact]
    public void StopFilterLeavesPositionGaps()
    {
        var tokens = Read(new StopFilter(new WhitespaceTokenizer("centre de la santé"), new WordSet(["de", "la"])));
        Assert.Equal(["centre", "santé"], tokens.Select(t => t.Term));
        Assert.Equal([0, 3], tokens.Select(t => t.Position));
    }

    [Fact]
    public void StopFilterKeepsKeywords()
    {
        var source = new KeywordMarkerFilter(new WhitespaceTokenizer("one de"), new WordSet(["one"]));
        Assert.Equal(["one"], Read(new StopFilter(source, new WordSet(["one", "de"]))).Select(t => t.Term));
    }

    [Fact]
    public void ElisionMovesTheStartOffsetPastTheArticle()
    {
        var token = Assert.Single(Read(new ElisionFilter(new WhitespaceTokenizer("  L’Hôpital"), ElisionFilter.FrenchArticles)));
        Assert.Equal("Hôpital", token.Term);
        Assert.Equal(4, token.StartOffset);
        Assert.Equal(11, token.EndOffset);
    }

    [Fact]
    public void ElisionLeavesATrailingApostropheAlone() =>
        Assert.Equal("d'", Assert.Single(Read(new ElisionFilter(new WhitespaceTokenizer("d'"), ElisionFilter.FrenchArticles))).Term);

    [Theory]
    [InlineData("geïnformeerd", "geinformeerd")]
    [InlineData("Œuvre", "OEuvre")]
    [InlineData("æquo", "aequo")]
    [InlineData("straße", "strasse")]
    [InlineData("ĳs", "ijs")]
    [InlineData("cafe\u0301", "cafe")]
    [InlineData("aujourd’hui", "aujourd'hui")]
    [InlineData("Ελληνικά", "Ελληνικά")]
    public void AsciiFolderFoldsDiacriticsAndLigatures(string text, string folded) =>
        Assert.Equal(folded, AsciiFolder.Fold(text));

    [Fact]
    public void AsciiFolderReturnsTheSameInstanceWhenNothingChanges()
    {
        const string text = "sante";
        Assert.Same(text, AsciiFolder.Fold(text));
    }

    [Fact]
    public void WordListsSkipSnowballComments()
    {
        var entries = WordLists.Parse(new StringReader(" | comment\nau   |  a + le\n\naux\n"));
        Assert.Equal(["au", "aux"], entries);
    }

    [Fact]
    public void EmbeddedStopListsHaveTheSnowballCounts()
    {
        Assert.Equal(154, WordLists.Embedded("Fr/stopwords.txt").Count);
        Assert.Equal(101, WordLists.Embedded("Nl/stopwords.txt").Count);
    }
}
