using Repertoire.Core.Records;
using YamlDotNet.RepresentationModel;

namespace Repertoire.Core.Content;

/// <summary>Reads <c>territory.yml</c>: basins, communes and quartiers.</summary>
internal static class TerritoryReader
{
    public const string FileName = "territory.yml";

    private static readonly HashSet<string> TopFields = new(StringComparer.Ordinal) { "basins", "communes", "quartiers" };
    private static readonly HashSet<string> TopExtensions = new(StringComparer.Ordinal) { "region" };
    private static readonly HashSet<string> BasinFields = new(StringComparer.Ordinal) { "id", "fr", "nl" };
    private static readonly HashSet<string> CommuneFields = new(StringComparer.Ordinal) { "id", "nis", "fr", "nl", "postcodes", "basins" };
    // Documented extensions (docs/content-format.md), kept without a warning: a basin's website and number of
    // quartiers, a commune's other names as people write them.
    private static readonly HashSet<string> BasinExtensions = new(StringComparer.Ordinal) { "website", "quartier_count" };
    private static readonly HashSet<string> CommuneExtensions = new(StringComparer.Ordinal) { "alt_names" };
    private static readonly HashSet<string> QuartierFields = new(StringComparer.Ordinal) { "id", "fr", "nl", "basin", "commune" };

    public static Territory Read(string contentRoot, List<ContentProblem> problems)
    {
        var file = Path.Combine(contentRoot, FileName);
        if (!File.Exists(file))
        {
            problems.Add(new ContentProblem(FileName, null, "-", "file not found"));
            return Territory.Empty;
        }
        var root = YamlDocumentReader.Parse(File.ReadAllText(file), FileName, 0, problems);
        if (root is null) return Territory.Empty;
        var fields = new YamlFields(FileName, 0, problems);
        if (root is not YamlMappingNode map)
        {
            fields.Error(root, "-", "expected basins, communes and quartiers");
            return Territory.Empty;
        }
        var extra = fields.Extra(map, TopFields, quiet: TopExtensions);

        var basins = Items(map, "basins", fields, (item, f) =>
            new Basin(IdOf(item, f, "basins")!, Name(item, f, "basins")) { Extra = f.Extra(item, BasinFields, "basins", BasinExtensions) });
        var basinIds = basins.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);

        var communes = Items(map, "communes", fields, (item, f) =>
        {
            var id = IdOf(item, f, "communes")!;
            var communeBasins = f.Strings(item, "basins", "communes.basins");
            foreach (var basin in communeBasins.Where(b => !basinIds.Contains(b)))
                f.Error(YamlFields.Child(item, "basins"), "communes.basins", $"unknown basin '{basin}'");
            if (communeBasins.Count == 0) f.Error(item, "communes.basins", $"commune '{id}' lies in no basin");
            return new Commune(id, f.String(item, "nis", "communes.nis"), Name(item, f, "communes"),
                f.Strings(item, "postcodes", "communes.postcodes"), communeBasins) { Extra = f.Extra(item, CommuneFields, "communes", CommuneExtensions) };
        });
        var communeIds = communes.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        var quartiers = Items(map, "quartiers", fields, (item, f) =>
        {
            var basin = f.String(item, "basin", "quartiers.basin");
            if (basin is null || !basinIds.Contains(basin))
                f.Error(YamlFields.Child(item, "basin") ?? item, "quartiers.basin", basin is null ? "missing basin" : $"unknown basin '{basin}'");
            var commune = f.String(item, "commune", "quartiers.commune");
            if (commune is not null && !communeIds.Contains(commune))
                f.Error(YamlFields.Child(item, "commune"), "quartiers.commune", $"unknown commune '{commune}'");
            return new Quartier(IdOf(item, f, "quartiers")!, Name(item, f, "quartiers"), basin ?? "", commune) { Extra = f.Extra(item, QuartierFields, "quartiers") };
        });
        return new Territory(basins, communes, quartiers) { Extra = extra, RegionBounds = ReadBounds(map, fields) };
    }

    /// <summary><c>region.bounds</c>: the rectangle listing coordinates must lie in (none: not checked).</summary>
    private static GeoBounds? ReadBounds(YamlMappingNode map, YamlFields f)
    {
        if (YamlFields.Child(map, "region") is not YamlMappingNode region) return null;
        var node = YamlFields.Child(region, "bounds");
        if (YamlFields.IsNull(node)) return null;
        if (node is not YamlMappingNode bounds)
        {
            f.Error(node, "region.bounds", "expected south, west, north and east (WGS84 degrees)");
            return null;
        }
        var (south, west) = (f.Number(bounds, "south", "region.bounds.south"), f.Number(bounds, "west", "region.bounds.west"));
        var (north, east) = (f.Number(bounds, "north", "region.bounds.north"), f.Number(bounds, "east", "region.bounds.east"));
        if (south is null || west is null || north is null || east is null || south >= north || west >= east)
        {
            f.Error(node, "region.bounds", "give south < north and west < east");
            return null;
        }
        return new GeoBounds(south.Value, west.Value, north.Value, east.Value);
    }

    private static LocalizedText Name(YamlMappingNode item, YamlFields f, string list) =>
        new(f.String(item, "fr", $"{list}.fr"), f.String(item, "nl", $"{list}.nl"));

    private static string? IdOf(YamlMappingNode item, YamlFields f, string list) => f.String(item, "id", $"{list}.id");

    /// <summary>Reads a list of mappings; an entry without a valid, unique id is reported and skipped.</summary>
    internal static List<T> Items<T>(YamlMappingNode map, string key, YamlFields fields, Func<YamlMappingNode, YamlFields, T> read)
    {
        var result = new List<T>();
        var node = YamlFields.Child(map, key);
        if (YamlFields.IsNull(node)) return result;
        if (node is not YamlSequenceNode sequence)
        {
            fields.Error(node, key, "expected a list");
            return result;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in sequence)
        {
            if (entry is not YamlMappingNode item)
            {
                fields.Error(entry, key, "expected an entry with an id");
                continue;
            }
            var id = fields.String(item, "id", $"{key}.id");
            if (id is null || !IdRules.IsValid(id))
            {
                fields.Error(YamlFields.Child(item, "id") ?? item, $"{key}.id",
                    id is null ? "missing id" : $"invalid id '{id}': use lower-case letters, digits and hyphens");
                continue;
            }
            if (!seen.Add(id))
            {
                fields.Error(YamlFields.Child(item, "id"), $"{key}.id", $"duplicate id '{id}'");
                continue;
            }
            result.Add(read(item, fields));
        }
        return result;
    }
}
