using Repertoire.Core.Common;
using Repertoire.Core.Records;

namespace Repertoire.Core.DirectoryImport.Mapping;

/// <summary>Places a record in a commune and a basin. The commune comes from the postcode, and from the
/// municipality name where a postcode is shared (1040 Etterbeek or Brussels-City, 1050 Ixelles or Brussels-City).
/// The basin of a single-basin commune is the commune's; in a commune that spans several basins (Brussels-City)
/// it comes from the postcode rules of <c>import/basins.yml</c>, else from the coordinates: the basin, among the
/// commune's, of the nearest record placed without doubt. No boundary data exists in the repository, so the last
/// step is an approximation, and each use of it is reported.</summary>
internal sealed class TerritoryPlacer
{
    private const double NearestWithinMetres = 2_000;
    private readonly Territory _territory;
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _postcodeBasins;
    private readonly Dictionary<string, List<Commune>> _byPostcode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Commune> _byName = new(StringComparer.Ordinal);
    private readonly List<(GeoCoordinates Point, string Basin)> _anchors = [];

    public TerritoryPlacer(Territory territory, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> postcodeBasins)
    {
        _territory = territory;
        _postcodeBasins = postcodeBasins;
        foreach (var commune in territory.Communes)
        {
            foreach (var postcode in commune.Postcodes)
            {
                if (!_byPostcode.TryGetValue(postcode, out var list)) _byPostcode[postcode] = list = [];
                list.Add(commune);
            }
            foreach (var name in new[] { commune.Name.Fr, commune.Name.Nl, commune.Id }.Concat(AltNames(commune)).OfType<string>())
                _byName.TryAdd(TextFolder.Fold(name), commune);
        }
    }

    /// <summary>Where a record lies.</summary>
    public sealed record Place(string? Commune, string? Basin, string? Warning);

    /// <summary>Whether the postcode belongs to the Region.</summary>
    public bool InRegion(string? postcode) => postcode is not null && _byPostcode.ContainsKey(postcode);

    /// <summary>Learns a point whose basin is certain (a single-basin commune, or a postcode rule), before
    /// <see cref="Locate"/> is asked about the uncertain ones.</summary>
    public void Learn(SourceRecord record)
    {
        if (record.Coordinates is not { } point) return;
        var commune = Commune(record);
        if (commune is null) return;
        var basin = commune.Basins.Count == 1 ? commune.Basins[0] : RuleBasin(commune, record.Postcode);
        if (basin is not null) _anchors.Add((point, basin));
    }

    public Place Locate(SourceRecord record)
    {
        var commune = Commune(record);
        if (commune is null)
            return new Place(null, null, record.Postcode is null ? "no postcode: commune and basin left out" : $"commune of postcode {record.Postcode} not told by '{string.Join(" / ", record.Municipality)}': left out");
        if (commune.Basins.Count == 1) return new Place(commune.Id, commune.Basins[0], null);
        if (RuleBasin(commune, record.Postcode) is { } ruled) return new Place(commune.Id, ruled, null);
        if (record.Coordinates is { } point)
        {
            var nearest = _anchors.Where(a => commune.Basins.Contains(a.Basin))
                .Select(a => (a.Basin, Distance: a.Point.MetresTo(point)))
                .Where(a => a.Distance <= NearestWithinMetres)
                .OrderBy(a => a.Distance).FirstOrDefault();
            if (nearest.Basin is not null)
                return new Place(commune.Id, nearest.Basin, $"basin {nearest.Basin} of {commune.Id} {record.Postcode} taken from the nearest placed record ({nearest.Distance:0} m): check it");
        }
        // The content format requires a basin in a multi-basin commune; without one the commune is left out
        // rather than guessed, and the postcode stays.
        return new Place(null, null, $"basin of {commune.Id} {record.Postcode} cannot be told (no postcode rule, no coordinates near a placed record): commune left out");
    }

    private Commune? Commune(SourceRecord record)
    {
        var byName = record.Municipality.Select(m => _byName.GetValueOrDefault(TextFolder.Fold(m))).OfType<Commune>().FirstOrDefault();
        if (record.Postcode is null || !_byPostcode.TryGetValue(record.Postcode, out var candidates)) return null;
        if (candidates.Count == 1) return candidates[0];
        return byName is not null && candidates.Contains(byName) ? byName : null;
    }

    private string? RuleBasin(Commune commune, string? postcode) =>
        postcode is not null && _postcodeBasins.TryGetValue(commune.Id, out var rules) && rules.TryGetValue(postcode, out var basin)
            && commune.Basins.Contains(basin) ? basin : null;

    private static IEnumerable<string> AltNames(Commune commune)
    {
        if (!commune.Extra.TryGetValue("alt_names", out var alt) || alt is not IDictionary<string, object?> map) return [];
        return map.Values.OfType<IEnumerable<object?>>().SelectMany(v => v).OfType<string>();
    }
}
