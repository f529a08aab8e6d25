using Repertoire.Core.Analysis.Common;

namespace Repertoire.Core.Tests.Analysis.Common;

public sealed class WordListsTests
{
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
