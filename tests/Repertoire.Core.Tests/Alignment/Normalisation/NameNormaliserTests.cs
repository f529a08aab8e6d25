using Repertoire.Core.Alignment.Normalisation;

namespace Repertoire.Core.Tests.Alignment.Normalisation;

public sealed class NameNormaliserTests
{
    [Theory]
    [InlineData("Maison médicale Cosmopolis ASBL", "Wijkgezondheidscentrum Cosmopolis vzw")]
    [InlineData("CPAS de Schaerbeek", "OCMW Schaarbeek")]
    [InlineData("Service de santé mentale Le Méridien", "Centrum voor geestelijke gezondheidszorg Le Méridien")]
    [InlineData("Centre de planning familial d'Auderghem", "Centrum voor Gezinsplanning Oudergem")]
    [InlineData("Épicerie sociale Le Cygne", "Sociale kruidenier Le Cygne")]
    [InlineData("Maison de repos Galilée", "Woonzorgcentrum Galilée")]
    [InlineData("Centre de jour Les Tournesols", "Dagcentrum Les Tournesols")]
    [InlineData("Agence immobilière sociale d'Ixelles", "Sociaal verhuurkantoor Elsene")]
    public void FrenchAndDutchNamesOfOneServiceGiveTheSameTokens(string french, string dutch) =>
        Assert.Equal(NameNormaliser.Default.Tokens(french), NameNormaliser.Default.Tokens(dutch));

    [Fact]
    public void ConceptTokensReplaceTypePhrases() =>
        Assert.Equal(["#maison-medicale", "cosmopolis"], NameNormaliser.Default.Tokens("MAISON MÉDICALE COSMOPOLIS"));

    [Fact]
    public void LexiconIsReadFromText()
    {
        using var reader = new StringReader("# comment\nfood-bank: banque alimentaire | voedselbank\n");
        var names = new NameNormaliser(new OrganisationLexicon(reader));
        Assert.Equal(names.Tokens("Banque alimentaire de Forest"), names.Tokens("Voedselbank Forest"));
    }
}
