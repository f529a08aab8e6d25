using Repertoire.Core.Alignment.Normalisation;

namespace Repertoire.Core.Tests.Alignment.Normalisation;

public sealed class StreetNormaliserTests
{
    [Theory]
    [InlineData("Boulevard Auguste Reyers", "Auguste Reyerslaan")]
    [InlineData("Rue Malibran", "Malibranstraat")]
    [InlineData("Place Jourdan", "Jourdanplein")]
    [InlineData("Chaussée de Charleroi", "Charleroisesteenweg")]
    [InlineData("Steenweg op Waver", "Waversesteenweg")]
    [InlineData("Chaussée de Helmet", "Steenweg op Helmet")]
    [InlineData("Rue Gray", "Graystraat")]
    [InlineData("Rue Van Lint", "Van Lintstraat")]
    [InlineData("Avenue de Villegas", "de Villegaslaan")]
    public void FrenchAndDutchNamesOfOneStreetShareAKeyWhenOnlyTheTypeWordDiffers(string french, string dutch)
    {
        Assert.Equal(StreetNormaliser.Key(french), StreetNormaliser.Key(dutch));
    }

    [Fact]
    public void TranslatedStreetNamesNeedLearnedPairs() =>
        Assert.NotEqual(StreetNormaliser.Key("Parvis de Saint-Gilles"), StreetNormaliser.Key("Sint-Gillisvoorplein"));

    [Fact]
    public void KeyIgnoresCaseAccentsAndHyphens() =>
        Assert.Equal(StreetNormaliser.Key("RUE DE LA RÉGENCE"), StreetNormaliser.Key("rue de la Regence"));

    [Fact]
    public void DifferentStreetsKeepDifferentKeys() =>
        Assert.NotEqual(StreetNormaliser.Key("Rue Neuve"), StreetNormaliser.Key("Rue Haute"));

    [Fact]
    public void LearnedTranslationGivesOneCanonicalKey()
    {
        var translator = new StreetTranslator();
        translator.Learn("Rue du Curé", "Pastoorstraat");
        translator.Learn("Boulevard d'Anvers", "Antwerpselaan");
        Assert.Equal(translator.Canonical("Rue du Curé"), translator.Canonical("Pastoorstraat"));
        Assert.Equal(translator.Canonical("Bd d'Anvers"), translator.Canonical("Antwerpselaan"));
        Assert.NotEqual(translator.Canonical("Pastoorstraat"), translator.Canonical("Antwerpselaan"));
        Assert.True(translator.IsLearned(StreetNormaliser.Key("Pastoorstraat")));
        Assert.False(translator.IsLearned(StreetNormaliser.Key("Nieuwstraat")));
    }

    [Fact]
    public void TranslationsChainAcrossRecords()
    {
        var translator = new StreetTranslator();
        translator.Learn("Parvis de Saint-Gilles", "Sint-Gillisvoorplein");
        translator.Learn("Place de Saint-Gilles", "Sint-Gillisvoorplein");
        Assert.Equal(translator.Canonical("Place de Saint-Gilles"), translator.Canonical("Parvis de Saint-Gilles"));
    }
}
