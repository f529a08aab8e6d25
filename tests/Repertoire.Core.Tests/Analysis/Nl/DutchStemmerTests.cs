using Lucene.Net.Tartarus.Snowball.Ext;

namespace Repertoire.Core.Tests.Analysis.Nl;

/// <summary>Lucene's Snowball DutchStemmer, which the Dutch chain uses, against the Snowball Porter Dutch vocabulary.</summary>
public sealed class DutchStemmerTests
{
    private static string Stem(string word)
    {
        var stemmer = new DutchStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    [Fact]
    public void StemsEveryWordOfTheSnowballPorterVocabularyAsSnowballDoes()
    {
        var pairs = SnowballData.Vocabulary("dutch_porter_voc.txt", "dutch_porter_output.txt");
        Assert.Equal(45670, pairs.Count);
        var wrong = pairs.Where(p => Stem(p.Word) != p.Stem).Select(p => $"{p.Word} -> {Stem(p.Word)} (expected {p.Stem})").ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} differences:\n" + string.Join('\n', wrong.Take(40)));
    }

    [Theory]
    [InlineData("gevaren", "gevar")]
    [InlineData("geïnd", "geind")]
    [InlineData("mogelijkheden", "mogelijk")]
    [InlineData("brood", "brod")]
    [InlineData("gezondheid", "gezond")]
    [InlineData("begeleiding", "begeleid")]
    [InlineData("brussel", "brussel")]
    public void StemsTheSectorsWordsLikeTheOracle(string word, string stem) => Assert.Equal(stem, Stem(word));
}
