using Repertoire.Core.Analysis.Nl;

namespace Repertoire.Core.Tests.Analysis.Nl;

public sealed class DutchCompoundSplitterTests
{
    private static readonly DutchCompoundSplitter Splitter =
        new(["schuld", "bemiddeling", "gezondheid", "zorg", "kind", "kinder", "opvang", "huis", "huisarts", "arts", "wacht", "post"]);

    private static string[] Split(string word)
    {
        var parts = new Range[word.Length / DutchCompoundSplitter.MinPartLength];
        var count = Splitter.Split(word, parts);
        return parts[..count].Select(r => word[r]).ToArray();
    }

    [Theory]
    [InlineData("schuldbemiddeling", "schuld", "bemiddeling")]
    [InlineData("gezondheidszorg", "gezondheid", "zorg")]
    [InlineData("kinderopvang", "kinder", "opvang")]
    [InlineData("kindeopvang", "kind", "opvang")]
    [InlineData("huisartsenwachtpost", "huisarts", "wacht", "post")]
    public void SplitsIntoTheFewestKnownParts(string word, params string[] parts) =>
        Assert.Equal(parts, Split(word));

    [Theory]
    [InlineData("schuld")]
    [InlineData("schulden")]
    [InlineData("zorgverlening")]
    [InlineData("huiszorgs")]
    [InlineData("")]
    public void LeavesWordsThatAreNoCompoundOfKnownWords(string word) => Assert.Empty(Split(word));
}
