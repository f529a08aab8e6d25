using Repertoire.Core.Content;
using Repertoire.Core.Index;
using Repertoire.Core.Records;
using Repertoire.Tests;

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
        Assert.Equal([need], _matcher.Match(text, Language.Fr, []));

    [Fact]
    public void ANameIsMatchedOnlyWhenAllItsWordsAreTyped() =>
        Assert.Empty(_matcher.Match("colis de vêtements", Language.Fr, []));

    [Fact]
    public void TheSubNeedIsKeptRatherThanItsParent() =>
        // "aide matérielle" names the parent, "aide alimentaire" its child: the child says more.
        Assert.Equal(["aide-alimentaire"], _matcher.Match("aide matérielle et aide alimentaire", Language.Fr, []));

    [Fact]
    public void NeedFiltersComeFirstAndUnknownFiltersAreIgnored() =>
        Assert.Equal(["soins-domicile", "aide-alimentaire"], _matcher.Match("voedselhulp", Language.Fr, ["soins-domicile", "no-such-need"]));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("vêtements")]
    public void TextNamingNoNeedMatchesNone(string? text) => Assert.Empty(_matcher.Match(text, Language.Fr, []));

    [Theory]
    [InlineData("colis alimentaires", Language.Fr, "aide-alimentaire")]
    [InlineData("voedselpakketten", Language.Nl, "aide-alimentaire")]
    public void InTheInterfaceLanguageNamesMatchByStem(string text, Language language, string need) =>
        Assert.Equal([need], _matcher.Match(text, language, []));

    [Fact]
    public void StemsOfTheOtherLanguageDoNotCollide()
    {
        // In Dutch "aide" and "aids" share the stem "aid"; a French search for food aid is not about HIV.
        var bundled = ContentLoader.Load(TestPaths.BundledContent);
        var matcher = new NeedMatcher(bundled.Taxonomy, AnalyzerSet.For(bundled));

        Assert.Equal(["aide-alimentaire"], matcher.Match("aide alimentaire Jette", Language.Fr, []));
        Assert.Equal(["maladies-infectieuses"], matcher.Match("aids", Language.Fr, []));
        Assert.Equal(["service-social"], matcher.Match("OCMW Evere", Language.Fr, []));
    }
}
