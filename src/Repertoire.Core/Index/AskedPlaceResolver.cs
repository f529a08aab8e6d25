using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>
/// The place a search asks about, as one basin or commune id: a commune filter, else a basin filter, else the
/// first place word typed (a quartier stands for its commune, or for its basin when it has no commune). When
/// several are given the first one is the place asked about. Engine-independent.
/// </summary>
public static class AskedPlaceResolver
{
    /// <summary>The place asked about, or null when the search names none.</summary>
    /// <param name="query">The search (its filters are known ids).</param>
    /// <param name="placeWords">The places the engine recognised in the text, in the order typed.</param>
    /// <param name="territory">The territory the ids belong to.</param>
    public static PlaceRef? Resolve(SearchQuery query, IReadOnlyList<PlaceRef> placeWords, Territory territory)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(placeWords);
        ArgumentNullException.ThrowIfNull(territory);
        foreach (var id in query.Communes)
        {
            if (territory.Commune(id) is not null) return new PlaceRef(PlaceKind.Commune, id);
        }
        foreach (var id in query.Basins)
        {
            if (territory.Basin(id) is not null) return new PlaceRef(PlaceKind.Basin, id);
        }
        foreach (var place in placeWords)
        {
            switch (place.Kind)
            {
                case PlaceKind.Commune when territory.Commune(place.Id) is not null:
                case PlaceKind.Basin when territory.Basin(place.Id) is not null:
                    return place;
                case PlaceKind.Quartier when territory.Quartier(place.Id) is { } quartier:
                    return quartier.Commune is { } commune && territory.Commune(commune) is not null
                        ? new PlaceRef(PlaceKind.Commune, commune)
                        : new PlaceRef(PlaceKind.Basin, quartier.Basin);
            }
        }
        return null;
    }
}
