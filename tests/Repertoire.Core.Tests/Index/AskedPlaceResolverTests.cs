using Repertoire.Core.Index;

namespace Repertoire.Core.Tests.Index;

public sealed class AskedPlaceResolverTests(SearchTestContent content) : IClassFixture<SearchTestContent>
{
    private PlaceRef? Resolve(string[]? communes = null, string[]? basins = null, params PlaceRef[] words) =>
        AskedPlaceResolver.Resolve(new SearchQuery { Communes = communes ?? [], Basins = basins ?? [] }, words, content.Content.Territory);

    [Fact]
    public void ACommuneFilterComesBeforeABasinFilterAndPlaceWords() =>
        Assert.Equal(new PlaceRef(PlaceKind.Commune, "jette"),
            Resolve(["jette"], ["nord-est"], new PlaceRef(PlaceKind.Commune, "schaerbeek")));

    [Fact]
    public void ABasinFilterComesBeforePlaceWords() =>
        Assert.Equal(new PlaceRef(PlaceKind.Basin, "nord-est"), Resolve(basins: ["nord-est"], words: new PlaceRef(PlaceKind.Commune, "jette")));

    [Fact]
    public void AQuartierStandsForItsCommune() =>
        Assert.Equal(new PlaceRef(PlaceKind.Commune, "schaerbeek"), Resolve(words: new PlaceRef(PlaceKind.Quartier, "nord-est-brabant")));

    [Fact]
    public void NoPlaceGivenIsNull() => Assert.Null(Resolve());
}
