using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>
/// The filters of a query as one Lucene query over the exact-match fields: OR within a kind, AND across kinds;
/// a need filter includes its sub-needs. Its documents are computed once per index view and signature.
/// </summary>
internal sealed class FilterSet
{
    private readonly List<(string Field, string[] Values)> _kinds = [];

    public FilterSet(SearchQuery query, Taxonomy taxonomy)
    {
        Add(ListingFields.Basin, query.Basins);
        Add(ListingFields.Commune, query.Communes);
        Add(ListingFields.Sector, query.Sectors);
        Add(ListingFields.Need, query.Needs.SelectMany(taxonomy.SelfAndDescendants));
        // Needs asked that the taxonomy does not know match nothing, rather than being ignored.
        if (query.Needs.Count > 0 && !_kinds.Any(k => k.Field == ListingFields.Need)) _kinds.Add((ListingFields.Need, []));
        Add(ListingFields.Language, query.Languages);
        Signature = string.Join('\u0001', _kinds.Select(k => k.Field + "=" + string.Join('\u0002', k.Values)));
    }

    /// <summary>Whether no filter is set.</summary>
    public bool IsEmpty => _kinds.Count == 0;

    /// <summary>Tells filter sets with the same documents apart from others.</summary>
    public string Signature { get; }

    /// <summary>The live documents passing every filter, or null when no filter is set (every live document passes).</summary>
    public FixedBitSet? Documents(ListingSearcher searcher) => IsEmpty ? null : searcher.Matching("filter\u0001" + Signature, ToQuery);

    private Query ToQuery()
    {
        var all = new BooleanQuery(disableCoord: true);
        foreach (var (field, values) in _kinds)
        {
            var any = new BooleanQuery(disableCoord: true);
            foreach (var value in values) any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
            all.Add(any, Occur.MUST);
        }
        return new ConstantScoreQuery(all);
    }

    private void Add(string field, IEnumerable<string> values)
    {
        var list = values.Where(v => !string.IsNullOrEmpty(v)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (list.Length > 0) _kinds.Add((field, list));
    }
}
