namespace Repertoire.Core.Index;

/// <summary>
/// How much closer to the top a listing moves for the places named in a query: most when it is located
/// there, less when it serves the place (its area names the commune or basin, or the whole region).
/// </summary>
internal sealed class PlacePreference
{
    /// <summary>The factor for a listing located in a place named.</summary>
    public const double Located = 2.0;

    /// <summary>The factor for a listing serving a place named without being there.</summary>
    public const double Serving = 1.4;

    private readonly ListingTable _table;
    private readonly bool[] _communes;
    private readonly bool[] _basins;
    private readonly bool[] _quartiers;

    public PlacePreference(ListingTable table, IReadOnlyList<PlaceRef> places)
    {
        _table = table;
        _communes = new bool[table.Communes.Count];
        _basins = new bool[table.Basins.Count];
        _quartiers = new bool[table.Quartiers.Count];
        var territory = table.Content.Territory;
        foreach (var place in places)
        {
            switch (place.Kind)
            {
                case PlaceKind.Commune: Set(_communes, table.Communes.IndexOf(place.Id)); break;
                case PlaceKind.Basin: Set(_basins, table.Basins.IndexOf(place.Id)); break;
                default:
                    Set(_quartiers, table.Quartiers.IndexOf(place.Id));
                    if (territory.Quartier(place.Id) is { } quartier)
                    {
                        // A quartier without a commune still tells its basin.
                        if (quartier.Commune is not null) Set(_communes, table.Communes.IndexOf(quartier.Commune));
                        else Set(_basins, table.Basins.IndexOf(quartier.Basin));
                    }
                    break;
            }
        }
        IsEmpty = places.Count == 0;
    }

    public bool IsEmpty { get; }

    /// <summary>The factor for the listing in a row: 1 when it has nothing to do with the places named.</summary>
    public double Factor(int row)
    {
        if (IsEmpty) return 1;
        if (Hit(_quartiers, _table.Quartier[row]) || Hit(_communes, _table.Commune[row]) || Hit(_basins, _table.Basin[row]))
            return Located;
        foreach (var c in _table.ServedCommunes[row]) if (_communes[c]) return Serving;
        foreach (var b in _table.ServedBasins[row]) if (_basins[b]) return Serving;
        return _table.ServesRegion[row] ? Serving : 1;
    }

    /// <summary>
    /// Whether the listing in a row is local offer for the places named: located there, or naming one of them
    /// in its area served. Serving the whole region does not count: a council asks what its own area offers.
    /// </summary>
    public bool IsLocal(int row)
    {
        if (IsEmpty) return false;
        if (Hit(_quartiers, _table.Quartier[row]) || Hit(_communes, _table.Commune[row]) || Hit(_basins, _table.Basin[row]))
            return true;
        foreach (var c in _table.ServedCommunes[row]) if (_communes[c]) return true;
        foreach (var b in _table.ServedBasins[row]) if (_basins[b]) return true;
        return false;
    }

    private static bool Hit(bool[] mask, int value) => value >= 0 && mask[value];

    private static void Set(bool[] mask, int index)
    {
        if (index >= 0) mask[index] = true;
    }
}
