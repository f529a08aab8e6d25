using Repertoire.Core.Index;

namespace Repertoire.Core.Tests.Index;

public sealed class NeedMatcherTests(SearchTestContent content) : IClassFixture<SearchTestContent>
{
    private readonly NeedMatcher _matcher = new(content.Content.Taxonomy, AnalyzerSet.For(content.Content));

    [Theory]
    [InlineData("aide alimentaire", "aide-alimentaire")]
    [InlineData("colis alimentaires à Jette", "aide-alimentaire")]
    [InlineData("voedselpakket", "aide-alimentaire")]
    [InlineData("thuisverpleging Schaarbeek", "soins-infirmiers-domicile")]
    [InlineData("Soins infirmiers à domicile", "soins-infirmiers-domicile")]
    public void ALabelOrSynonymInEitherLanguageNamesItsNeed(string text, string need) =>
        Assert.Equal([need], _matcher.Match(text, []));

    [Fact]
    public void ANameIsMatchedOnlyWhenAllItsWordsAreTyped() =>
        Assert.Empty(_matcher.Match("colis de vêtements", []));

    [Fact]
    public void TheSubNeedIsKeptRatherThanItsParent() =>
        // "aide matérielle" names the parent, "aide alimentaire" its child: the child says more.
        Assert.Equal(["aide-alimentaire"], _matcher.Match("aide matérielle et aide alimentaire", []));

    [Fact]
    public void NeedFiltersComeFirstAndUnknownFiltersAreIgnored() =>
        Assert.Equal(["soins-domicile", "aide-alimentaire"], _matcher.Match("voedselhulp", ["soins-domicile", "no-such-need"]));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("vêtements")]
    public void TextNamingNoNeedMatchesNone(string? text) => Assert.Empty(_matcher.Match(text, []));
}
