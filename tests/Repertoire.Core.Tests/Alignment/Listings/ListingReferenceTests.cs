using Repertoire.Core.Alignment.Listings;
using Repertoire.Core.Content;
using Repertoire.Tests;
using LocalizedText = Repertoire.Core.Records.LocalizedText;

namespace Repertoire.Core.Tests.Alignment.Listings;

/// <summary>What the matcher knows of a listing comes from the content loader's record, not from a second parse.</summary>
public sealed class ListingReferenceTests
{
    [Fact]
    public void ListingIsMappedWithItsExternalIdNamesAndSite()
    {
        var content = ContentLoader.Load(TestPaths.FixtureContent);

        var reference = ListingReference.From(content.Find("epicerie-test-schaerbeek")!);

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

        var reference = ListingReference.From(content.Find("infirmiers-test-jette")!);

        Assert.Equal("Teststraat", reference.Street);
        Assert.Empty(reference.OtherStreets);
        Assert.Equal(["Thuisverpleging Test Jette"], reference.Names);
    }

    [Fact]
    public void NamesAreGivenOnceWhateverTheirCase()
    {
        var listing = ContentLoader.Load(TestPaths.FixtureContent).Find("epicerie-test-schaerbeek")! with
        {
            Name = new LocalizedText("Sociaal Restaurant", "SOCIAAL RESTAURANT"),
        };

        Assert.Equal(["Sociaal Restaurant", "EST"], ListingReference.From(listing).Names);
    }
}
