using Repertoire.Core.Analysis;
using Repertoire.Core.Analysis.Common;

namespace Repertoire.Core.Tests.Analysis.Common;

public sealed class StopFilterTests
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
}
