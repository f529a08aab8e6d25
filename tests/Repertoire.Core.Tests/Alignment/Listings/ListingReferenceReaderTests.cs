using Repertoire.Core.Alignment.Listings;

namespace Repertoire.Core.Tests.Alignment.Listings;

public sealed class ListingReferenceReaderTests
{
    private const string Listing = """
        ---
        name:
          fr: Coordination de l'Action Sociale de Schaerbeek
          nl: Coördinatie van de Schaarbeekse Sociale Actie
        alt_names:
          fr: [CASS]
          nl: [CSSA]
        kbo: "0212.347.945"
        site:
          street: { fr: Boulevard Auguste Reyers, nl: Auguste Reyerslaan }
          number: "70"
          postcode: "1030"
        external:
          bruxelles_social: "13219"
          sociale_kaart: null
        ---

        # fr
        Description.
        """;

    [Fact]
    public void FrontMatterGivesTheFieldsAlignmentNeeds()
    {
        var listing = ListingReferenceReader.Read("cass-schaerbeek", Listing)!;
        Assert.Equal("cass-schaerbeek", listing.Id);
        Assert.Equal("0212.347.945", listing.Kbo);
        Assert.Equal("13219", listing.BruxellesSocialId);
        Assert.Null(listing.SocialeKaartId);
        Assert.Equal(["Coordination de l'Action Sociale de Schaerbeek", "Coördinatie van de Schaarbeekse Sociale Actie", "CASS", "CSSA"], listing.Names);
        Assert.Equal(("1030", "Boulevard Auguste Reyers", "70"), (listing.Postcode, listing.Street, listing.Number));
        Assert.Equal(["Auguste Reyerslaan"], listing.OtherStreets);
    }

    [Fact]
    public void TextWithoutFrontMatterIsNull() => Assert.Null(ListingReferenceReader.Read("x", "# fr\nno front matter"));

    [Fact]
    public void DirectoryReadsOrganisationsAndReportsBrokenFiles()
    {
        var folder = Directory.CreateTempSubdirectory("repertoire-listings-").FullName;
        try
        {
            var organisations = Directory.CreateDirectory(Path.Combine(folder, "organisations")).FullName;
            File.WriteAllText(Path.Combine(organisations, "cass-schaerbeek.md"), Listing);
            File.WriteAllText(Path.Combine(organisations, "broken.md"), "---\nname: [unclosed\n---\n");
            var problems = new List<string>();

            var listings = ListingReferenceReader.ReadDirectory(folder, problems);

            Assert.Equal(["cass-schaerbeek"], listings.Select(l => l.Id));
            Assert.Contains("broken.md", Assert.Single(problems), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
