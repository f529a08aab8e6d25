using Repertoire.Core.Common;
using Repertoire.Core.Content;
using Repertoire.Core.Index;
using Repertoire.Core.Records;
using Repertoire.Tests;

namespace Repertoire.Core.Tests.Index;

public sealed class SuggestionIndexTests
{
    private static readonly SuggestionIndex Fixture = SuggestionIndex.Build(ContentLoader.Load(TestPaths.FixtureContent));

    [Fact]
    public void PrefixIgnoresCaseAndAccents()
    {
        var suggestions = Fixture.Suggest("EPIC", Language.Fr);
        Assert.Contains(suggestions, s => s is { Kind: "organisation", Id: "epicerie-test-schaerbeek", Label: "Épicerie sociale de test" });
    }

    [Fact]
    public void OtherLanguageIsTheFallback() =>
        Assert.Contains(Fixture.Suggest("voedsel", Language.Fr), s => s is { Kind: "need", Id: "aide-alimentaire", Label: "Aide alimentaire" });

    [Theory]
    [InlineData("alimantaire")]
    [InlineData("voedsl")]
    [InlineData("epicrie")]
    public void OneTypoStillFindsWhenNothingMatchesExactly(string typed) =>
        Assert.NotEmpty(Fixture.Suggest(typed, Language.Fr));

    [Fact]
    public void ShortPrefixesGetNoTypoAllowance() => Assert.Empty(Fixture.Suggest("zpi", Language.Fr));

    [Fact]
    public void TypoMatchesDoNotCrowdExactOnes() =>
        Assert.All(Fixture.Suggest("alim", Language.Fr), s => Assert.Contains("alim", TextFolder.Fold(s.Label)));

    [Fact]
    public void SynonymFindsItsNeedUnderTheNeedsLabel()
    {
        var suggestion = Assert.Single(Fixture.Suggest("voedselpak", Language.Nl));
        Assert.Equal(new Suggestion("need", "aide-alimentaire", "Voedselhulp"), suggestion);
    }

    [Fact]
    public void WordInsideALabelMatches()
    {
        Assert.Contains(Fixture.Suggest("alim", Language.Fr), s => s.Id == "aide-alimentaire");
    }

    [Fact]
    public void LabelInTheAskedLanguageComesFirst()
    {
        // "Schaarbeek" starts the Dutch label; in French the commune is still found through its Dutch name.
        Assert.Equal("Schaarbeek", Fixture.Suggest("schaar", Language.Nl)[0].Label);
        Assert.Equal("Schaerbeek", Fixture.Suggest("schaar", Language.Fr)[0].Label);
    }

    [Fact]
    public void ListingKnownInOneLanguageIsLabelledInIt()
    {
        var suggestion = Assert.Single(Fixture.Suggest("thuisverpleging test", Language.Fr));
        Assert.Equal("Thuisverpleging Test Jette", suggestion.Label);
    }

    [Fact]
    public void NeedsComeBeforeOrganisationsWhenBothMatchAlike()
    {
        var kinds = Fixture.Suggest("soins", Language.Fr).Select(s => s.Kind).ToList();
        Assert.Equal("need", kinds[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("'-!")]
    [InlineData(null)]
    public void PrefixWithoutLettersGivesNothing(string? prefix) => Assert.Empty(Fixture.Suggest(prefix, Language.Fr));

    [Fact]
    public void MaxLimitsTheCount() => Assert.Single(Fixture.Suggest("s", Language.Fr, max: 1));

    [Fact]
    public void UnknownPrefixGivesNothing() => Assert.Empty(Fixture.Suggest("zzzqx", Language.Fr));

    [Theory]
    [InlineData("L'Hébergement d'urgence", "l hebergement d urgence")]
    [InlineData("  Sint-Joost-ten-Node ", "sint joost ten node")]
    [InlineData("CPAS/OCMW", "cpas ocmw")]
    public void FoldLowercasesStripsAccentsAndSplitsOnPunctuation(string text, string folded) =>
        Assert.Equal(folded, TextFolder.Fold(text));
}
