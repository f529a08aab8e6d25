using Repertoire.Core.Analysis;
using Repertoire.Core.Analysis.Common;

namespace Repertoire.Core.Tests.Analysis.Common;

public sealed class ElisionFilterTests
{
    private static List<Token> Read(TokenStream stream)
    {
        var tokens = new List<Token>();
        while (stream.TryNext(out var token))
            tokens.Add(token);
        return tokens;
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
}
