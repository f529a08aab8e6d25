using Repertoire.Core.Analysis.Nl;

namespace Repertoire.Core.Tests.Analysis.Nl;

public sealed class DutchStemmerTests
{
    [Fact]
    public void StemsEveryWordOfTheSnowballPorterVocabularyAsSnowballDoes()
    {
        var pairs = SnowballData.Vocabulary("dutch_porter_voc.txt", "dutch_porter_output.txt");
        Assert.Equal(45670, pairs.Count);
        var wrong = new List<string>();
        foreach (var (word, stem) in pairs)
        {
            var actual = DutchStemmer.Instance.Stem(word);
            if (actual != stem)
                wrong.Add($"{word} -> {actual} (expected {stem})");
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} differences:\n" + string.Join('\n', wrong.Take(40)));
    }

    [Theory]
    [InlineData("gevaren", "gevar")]
    [InlineData("gevallen", "gevall")]
    [InlineData("geïnd", "geind")]
    [InlineData("mogelijkheden", "mogelijk")]
    [InlineData("lopen", "lop")]
    [InlineData("brood", "brod")]
    [InlineData("fietsen", "fiets")]
    [InlineData("kinderen", "kinder")]
    [InlineData("gezondheid", "gezond")]
    [InlineData("gemeente", "gemeent")]
    [InlineData("begeleiding", "begeleid")]
    [InlineData("brussel", "brussel")]
    public void StemsTrickyWordsLikeTheOracle(string word, string stem) =>
        Assert.Equal(stem, DutchStemmer.Instance.Stem(word));
}
