using Repertoire.Core.Common;
using Repertoire.Core.Alignment.Normalisation;

namespace Repertoire.Core.Tests.Alignment.Normalisation;

public sealed class LegalFormNormaliserTests
{
    [Theory]
    [InlineData("Centre d'hébergement Kadans A.S.B.L.", "centre d hebergement kadans")]
    [InlineData("Nachtopvang Kadans v.z.w.", "nachtopvang kadans")]
    [InlineData("Woonzorgcentrum Het Kruispunt NV", "woonzorgcentrum het kruispunt")]
    [InlineData("MAISON DE REPOS LE CARREFOUR S.A.", "maison de repos le carrefour")]
    [InlineData("ASBL Les Tilleuls", "les tilleuls")]
    [InlineData("Cabinet Dupont SPRL", "cabinet dupont")]
    [InlineData("Cabinet Dupont BVBA", "cabinet dupont")]
    public void LegalFormsAreStrippedAtEitherEnd(string name, string expected) =>
        Assert.Equal(expected, string.Join(' ', LegalFormNormaliser.Strip(TextFolder.Tokens(name))));

    [Fact]
    public void LegalFormAloneIsKept() => Assert.Equal(["asbl"], LegalFormNormaliser.Strip(["asbl"]));

    [Theory]
    [InlineData("Association sans but lucratif (ASBL)", "asbl")]
    [InlineData("Vereniging zonder winstoogmerk (VZW)", "asbl")]
    [InlineData("Société à responsabilité limitée (SRL)", "srl")]
    [InlineData("BVBA", "srl")]
    [InlineData("Naamloze vennootschap (NV)", "sa")]
    [InlineData("Service public - CPAS", "cpas")]
    public void LabelsInEitherLanguageShareACode(string label, string code) => Assert.Equal(code, LegalFormNormaliser.Code(label));
}
