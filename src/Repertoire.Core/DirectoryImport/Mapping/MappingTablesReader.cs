using Repertoire.Core.Alignment;
using Repertoire.Core.Records;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Repertoire.Core.DirectoryImport.Mapping;

/// <summary>Reads the import's data files from the content folder: the category tables
/// (<c>taxonomy/directory-categories.yml</c>) and the basin rules of multi-basin communes (<c>import/basins.yml</c>),
/// checking every id against the taxonomy and the territory. A mistake in them stops the import before anything is
/// written, with the file and the entry.</summary>
internal static class MappingTablesReader
{
    public const string BasinsPath = "import/basins.yml";
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    public static CategoryMap ReadCategories(string contentRoot, Taxonomy taxonomy)
    {
        var file = Path.Combine(contentRoot, CategoryMap.RelativePath);
        if (!File.Exists(file)) return CategoryMap.Empty;
        var root = Parse(file, CategoryMap.RelativePath);
        var entries = new List<(DirectorySource, string, CategoryMap.Entry)>();
        foreach (var (key, value) in root)
        {
            var source = key switch
            {
                "bruxelles_social" => DirectorySource.BruxellesSocial,
                "sociale_kaart" => DirectorySource.SocialeKaart,
                _ => throw new ImportSetupException($"{CategoryMap.RelativePath}: unknown section '{key}' (bruxelles_social or sociale_kaart)"),
            };
            if (value is null) continue;
            if (value is not List<object?> items) throw new ImportSetupException($"{CategoryMap.RelativePath}: {key} must be a list of {{label, needs, sectors}}");
            foreach (var item in items)
            {
                if (item is not Dictionary<object, object?> entry || entry.GetValueOrDefault("label") is not string label || label.Trim().Length == 0)
                    throw new ImportSetupException($"{CategoryMap.RelativePath}: {key}: every entry needs a label");
                var needs = Ids(entry, "needs", label);
                var sectors = Ids(entry, "sectors", label);
                foreach (var need in needs.Where(n => taxonomy.Need(n) is null))
                    throw new ImportSetupException($"{CategoryMap.RelativePath}: '{label}': unknown need '{need}'");
                foreach (var sector in sectors.Where(s => taxonomy.Sector(s) is null))
                    throw new ImportSetupException($"{CategoryMap.RelativePath}: '{label}': unknown sector '{sector}'");
                var ignore = entry.GetValueOrDefault("ignore") is string flag && flag.Equals("true", StringComparison.OrdinalIgnoreCase);
                entries.Add((source, label.Trim(), new CategoryMap.Entry(needs, sectors, ignore)));
            }
        }
        return new CategoryMap(entries);
    }

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ReadBasins(string contentRoot, Territory territory)
    {
        var file = Path.Combine(contentRoot, BasinsPath);
        var result = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        if (!File.Exists(file)) return result;
        foreach (var (commune, value) in Parse(file, BasinsPath))
        {
            var known = territory.Commune(commune) ?? throw new ImportSetupException($"{BasinsPath}: unknown commune '{commune}'");
            if (value is not Dictionary<object, object?> rules) throw new ImportSetupException($"{BasinsPath}: {commune} must map postcodes to basins");
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (postcode, basin) in rules)
            {
                if (basin is not string id || !known.Basins.Contains(id))
                    throw new ImportSetupException($"{BasinsPath}: {commune} {postcode}: '{basin}' is not one of its basins ({string.Join(", ", known.Basins)})");
                map[postcode.ToString()!] = id;
            }
            result[commune] = map;
        }
        return result;
    }

    private static Dictionary<string, object?> Parse(string file, string relative)
    {
        try
        {
            var root = Yaml.Deserialize<Dictionary<object, object?>>(File.ReadAllText(file)) ?? [];
            return root.ToDictionary(kv => kv.Key.ToString()!, kv => kv.Value, StringComparer.Ordinal);
        }
        catch (YamlException error)
        {
            throw new ImportSetupException($"{relative} (line {error.Start.Line}): {error.Message}");
        }
    }

    private static List<string> Ids(Dictionary<object, object?> entry, string key, string label) => entry.GetValueOrDefault(key) switch
    {
        null => [],
        string single => [single],
        List<object?> list => list.OfType<string>().ToList(),
        _ => throw new ImportSetupException($"{CategoryMap.RelativePath}: '{label}': {key} must be a list of ids"),
    };
}
