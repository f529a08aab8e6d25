using Lucene.Net.Tartarus.Snowball.Ext;

namespace Repertoire.Core.Tests.Analysis.Fr;

/// <summary>
/// Lucene's Snowball FrenchStemmer, which the French chain uses, against the Snowball French vocabulary. It is
/// an older Snowball than the one the vocabulary was made with: the words it stems otherwise (ï/ë, a few
/// suffixes) are counted, so a change of stemmer shows here.
/// </summary>
public sealed class FrenchStemmerTests
{
    private static string Stem(string word)
    {
        var stemmer = new FrenchStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    [Fact]
    public void AgreesWithTheSnowballVocabularyOnAllButItsKnownDifferences()
    {
        var pairs = SnowballData.Vocabulary("french_voc.txt", "french_output.txt");
        Assert.Equal(21655, pairs.Count);
        var agreeing = pairs.Count(p => Stem(p.Word) == p.Stem);
        Assert.Equal(20736, agreeing);
    }

    [Theory]
    [InlineData("continuellement", "continuel")]
    [InlineData("jouaient", "jou")]
    [InlineData("mauvaises", "mauvais")]
    [InlineData("travaux", "traval")]
    [InlineData("heureusement", "heureux")]
    [InlineData("hôpitaux", "hôpital")]
    [InlineData("santé", "sant")]
    public void StemsTheSectorsWordsLikeTheOracle(string word, string stem) => Assert.Equal(stem, Stem(word));
}
