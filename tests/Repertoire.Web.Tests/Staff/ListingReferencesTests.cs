using Repertoire.Core.Content;
using Repertoire.Tests;
using Repertoire.Web.Staff;

namespace Repertoire.Web.Tests.Staff;

public sealed class ListingReferencesTests
{
    [Fact]
    public void ListingIsMappedWithItsExternalIdNamesAndSite()
    {
        var content = ContentLoader.Load(TestPaths.FixtureContent);

        var reference = ListingReferences.From(content.Find("epicerie-test-schaerbeek")!);

        Assert.Equal("epicerie-test-schaerbeek", reference.Id);
        Assert.Equal("99001", reference.BruxellesSocialId);
        Assert.Null(reference.SocialeKaartId);
        Assert.Equal(["Épicerie sociale de test", "Sociale kruidenier (test)", "EST"], reference.Names);
        Assert.Equal("1030", reference.Postcode);
        Assert.Equal("Rue de Test", reference.Street);
        Assert.Equal(["Teststraat"], reference.OtherStreets);
        Assert.Equal("1", reference.Number);
    }

    [Fact]
    public void ListingWithOnlyADutchStreetUsesIt()
    {
        var content = ContentLoader.Load(TestPaths.FixtureContent);

        var reference = ListingReferences.From(content.Find("infirmiers-test-jette")!);

        Assert.Equal("Teststraat", reference.Street);
        Assert.Empty(reference.OtherStreets);
        Assert.Equal(["Thuisverpleging Test Jette"], reference.Names);
    }
}
