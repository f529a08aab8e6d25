using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>
/// How much closer to the top a listing moves for the places named in a query: most when it is located
/// there, less when it serves the place (its area names the commune or basin, or the whole region). The two
/// sets of listings are Lucene queries over the place fields, evaluated once per index view.
/// </summary>
internal sealed class PlacePreference
{
    /// <summary>The factor for a listing located in a place named.</summary>
    public const double Located = 2.0;

    /// <summary>The factor for a listing serving a place named without being there.</summary>
    public const double Serving = 1.4;

    /// <summary>The factor for a listing of the basin that holds a commune or quartier named: the nearest answers.</summary>
    public const double Nearby = 1.2;

    private readonly FixedBitSet? _located;
    private readonly FixedBitSet? _servedHere;
    private readonly FixedBitSet? _servesRegion;
    private readonly FixedBitSet? _inAround;

    public PlacePreference(ListingSearcher searcher, IReadOnlyList<PlaceRef> places, Territory territory)
    {
        IsEmpty = places.Count == 0;
        if (IsEmpty) return;
        var communes = new SortedSet<string>(StringComparer.Ordinal);
        var basins = new SortedSet<string>(StringComparer.Ordinal);
        var quartiers = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var place in places)
        {
            switch (place.Kind)
            {
                case PlaceKind.Commune: communes.Add(place.Id); break;
                case PlaceKind.Basin: basins.Add(place.Id); break;
                default:
                    quartiers.Add(place.Id);
                    if (territory.Quartier(place.Id) is { } quartier)
                    {
                        // A quartier without a commune still tells its basin.
                        if (quartier.Commune is not null) communes.Add(quartier.Commune);
                        else basins.Add(quartier.Basin);
                    }
                    break;
            }
        }
        var signature = string.Join(',', communes) + "|" + string.Join(',', basins) + "|" + string.Join(',', quartiers);
        _located = searcher.Matching("located\u0001" + signature, () => Any(
            communes.Select(c => (ListingFields.Commune, c)).Concat(basins.Select(b => (ListingFields.Basin, b)))
                .Concat(quartiers.Select(q => (ListingFields.Quartier, q)))));
        _servedHere = searcher.Matching("served\u0001" + signature, () => Any(
            communes.Select(c => (ListingFields.ServedCommune, c)).Concat(basins.Select(b => (ListingFields.ServedBasin, b)))));
        _servesRegion = searcher.Matching("region", () => Any([(ListingFields.ServesRegion, "1")]));

        // A commune or quartier widens to the basins that hold it; a basin named has nothing closer to widen to.
        var around = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var c in communes)
        {
            if (territory.Commune(c) is { } commune) around.UnionWith(commune.Basins);
        }
        foreach (var q in quartiers)
        {
            if (territory.Quartier(q) is { } quartier) around.Add(quartier.Basin);
        }
        around.ExceptWith(basins);
        Around = [.. around];
        if (around.Count == 0) return;
        var aroundSignature = string.Join(',', around);
        _inAround = searcher.Matching("around\u0001" + aroundSignature, () => Any(
            around.Select(b => (ListingFields.Basin, b)).Concat(around.Select(b => (ListingFields.ServedBasin, b)))));
    }

    /// <summary>The basins holding the communes and quartiers named (not those named themselves).</summary>
    public IReadOnlyList<string> Around { get; } = [];

    public bool IsEmpty { get; }

    /// <summary>The factor for a document: 1 when it has nothing to do with the places named.</summary>
    public double Factor(int doc)
    {
        if (IsEmpty) return 1;
        if (_located!.Get(doc)) return Located;
        if (_servedHere!.Get(doc) || _servesRegion!.Get(doc)) return Serving;
        return _inAround is not null && _inAround.Get(doc) ? Nearby : 1;
    }

    /// <summary>
    /// Whether <paramref name="docs"/> hold local offer for the places named: a listing located there, or naming one of
    /// them in its area served. Serving the whole region does not count: a council asks what its own area offers.
    /// </summary>
    public bool HasLocalIn(FixedBitSet docs) =>
        !IsEmpty && (FixedBitSet.IntersectionCount(docs, _located) > 0 || FixedBitSet.IntersectionCount(docs, _servedHere) > 0);

    /// <summary>Whether <paramref name="docs"/> hold a listing located in or serving a basin of <see cref="Around"/>.</summary>
    public bool HasNearbyIn(FixedBitSet docs) => _inAround is not null && FixedBitSet.IntersectionCount(docs, _inAround) > 0;

    private static Query Any(IEnumerable<(string Field, string Value)> terms)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var (field, value) in terms) any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        return new ConstantScoreQuery(any);
    }
}
