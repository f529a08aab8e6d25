using Repertoire.Core.Index;
using Repertoire.Core.Records;

namespace Repertoire.Core.Tests.Index;

/// <summary>Whether the answer says how far it had to look when the place named has no offer of its own.</summary>
public sealed class PlaceWideningTests(BundledIndexFixture index) : IClassFixture<BundledIndexFixture>
{
    private SearchResult Search(string text, Language lang = Language.Fr) =>
        index.Searcher.Search(new SearchQuery { Text = text, Lang = lang });

    [Theory]
    [InlineData("maison médicale Evere", Language.Fr)]
    [InlineData("huisarts Evere", Language.Nl)]
    public void APlaceWithoutOfferOfItsOwnWidensToItsBasin(string text, Language lang)
    {
        var result = Search(text, lang);

        Assert.Equal(PlaceWidening.Basin, result.Widened);
        Assert.Equal(["nord-est"], result.WidenedTo);
        Assert.Equal("evere", result.AskedPlace);
        Assert.NotEmpty(result.Hits);
        // The nearest answers lead: after the region-wide services (which serve Evere too), the basin's listings
        // come before those of other basins.
        Assert.Equal("nord-est", result.Hits.First(h => h.Basin is not null).Basin);
    }

    [Fact]
    public void APlaceWithItsOwnOfferDoesNotWiden()
    {
        var result = Search("cpas schaerbeek");

        Assert.Equal(PlaceWidening.None, result.Widened);
        Assert.Empty(result.WidenedTo);
        Assert.Equal("schaerbeek", result.Hits[0].Commune);
    }

    [Fact]
    public void ASearchWithoutAPlaceWordDoesNotWiden() =>
        Assert.Equal(PlaceWidening.None, Search("maison médicale").Widened);

    [Fact]
    public void TheApiDocumentNamesTheWidening()
    {
        var document = SearchResponse.From(Search("maison médicale Evere"));

        Assert.Equal(new SearchResponseWidening("evere", "basin", ["nord-est"]) with { Basins = document.Widened!.Basins }, document.Widened);
        Assert.Equal(["nord-est"], document.Widened.Basins);
        Assert.Null(SearchResponse.From(Search("cpas schaerbeek")).Widened);
    }
}
