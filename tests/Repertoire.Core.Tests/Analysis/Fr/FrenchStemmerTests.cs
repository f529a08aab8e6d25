using Repertoire.Core.Analysis.Fr;

namespace Repertoire.Core.Tests.Analysis.Fr;

public sealed class FrenchStemmerTests
{
    [Fact]
    public void StemsEveryWordOfTheSnowballVocabularyAsSnowballDoes()
    {
        var pairs = SnowballData.Vocabulary("french_voc.txt", "french_output.txt");
        Assert.Equal(21655, pairs.Count);
        var wrong = new List<string>();
        foreach (var (word, stem) in pairs)
        {
            var actual = FrenchStemmer.Instance.Stem(word);
            if (actual != stem)
                wrong.Add($"{word} -> {actual} (expected {stem})");
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} differences:\n" + string.Join('\n', wrong.Take(40)));
    }

    [Theory]
    [InlineData("continuellement", "continuel")]
    [InlineData("jouaient", "jou")]
    [InlineData("croyiez", "croi")]
    [InlineData("palais", "palais")]
    [InlineData("mauvaises", "mauvais")]
    [InlineData("travaux", "traval")]
    [InlineData("naïves", "naïv")]
    [InlineData("canoës", "cano")]
    [InlineData("heureusement", "heureux")]
    [InlineData("apparemment", "apparent")]
    [InlineData("hôpitaux", "hôpital")]
    [InlineData("santé", "sant")]
    [InlineData("l'hôpital", "hôpital")]
    [InlineData("jusqu'à", "jusqu'à")]
    public void StemsTrickyWordsLikeTheOracle(string word, string stem) =>
        Assert.Equal(stem, FrenchStemmer.Instance.Stem(word));

    [Fact]
    public void ReturnsEmptyWordUnchanged() => Assert.Equal("", FrenchStemmer.Instance.Stem(""));
}
