namespace Repertoire.Core.Index;

/// <summary>
/// The filters of a query as masks over the listing table's id numbers: OR within a kind, AND across kinds;
/// a need filter includes its sub-needs. An empty kind lets everything through.
/// </summary>
internal sealed class FilterSet
{
    private readonly ListingTable _table;
    private readonly bool[]? _basins;
    private readonly bool[]? _communes;
    private readonly bool[]? _sectors;
    private readonly bool[]? _needs;
    private readonly bool[]? _languages;

    public FilterSet(ListingTable table, SearchQuery query)
    {
        _table = table;
        _basins = table.Basins.Mask(query.Basins);
        _communes = table.Communes.Mask(query.Communes);
        _sectors = table.Sectors.Mask(query.Sectors);
        _needs = table.Needs.Mask(query.Needs.SelectMany(table.Content.Taxonomy.SelfAndDescendants));
        if (_needs is null && query.Needs.Count > 0) _needs = new bool[table.Needs.Count];
        _languages = table.Languages.Mask(query.Languages);
        IsEmpty = _basins is null && _communes is null && _sectors is null && _needs is null && _languages is null;
    }

    /// <summary>Whether no filter is set.</summary>
    public bool IsEmpty { get; }

    /// <summary>Whether the listing in row <paramref name="row"/> passes every filter.</summary>
    public bool Passes(int row) =>
        IsEmpty || (One(_basins, _table.Basin[row]) && One(_communes, _table.Commune[row])
            && Any(_sectors, _table.SectorsOf[row]) && Any(_needs, _table.NeedsOf[row])
            && Any(_languages, _table.LanguagesOf[row]));

    private static bool One(bool[]? mask, int value) => mask is null || (value >= 0 && mask[value]);

    private static bool Any(bool[]? mask, int[] values)
    {
        if (mask is null) return true;
        foreach (var v in values)
        {
            if (mask[v]) return true;
        }
        return false;
    }
}
