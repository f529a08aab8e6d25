using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Repertoire.Core.Alignment.Listings;

/// <summary>Reads the fields alignment needs (names, KBO, site, external ids) from the front matter of
/// <c>organisations/&lt;id&gt;.md</c> files (docs/content-format.md). A file that cannot be read is
/// reported and skipped; the full content loader lives elsewhere, this reader only feeds the matcher.</summary>
public static class ListingReferenceReader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    /// <summary>Reads every <c>*.md</c> of <paramref name="contentDirectory"/>/organisations (or of the folder itself
    /// when it has no organisations sub-folder).</summary>
    public static IReadOnlyList<ListingReference> ReadDirectory(string contentDirectory, ICollection<string>? problems = null)
    {
        ArgumentNullException.ThrowIfNull(contentDirectory);
        var folder = Path.Combine(contentDirectory, "organisations");
        if (!Directory.Exists(folder)) folder = contentDirectory;
        var listings = new List<ListingReference>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            try
            {
                if (Read(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file)) is { } listing) listings.Add(listing);
                else problems?.Add($"{file}: no front matter");
            }
            catch (YamlException error)
            {
                problems?.Add($"{file} (line {error.Start.Line}): {error.Message}");
            }
        }
        return listings;
    }

    /// <summary>Reads one listing from its id and file text; null when the text has no front matter.</summary>
    public static ListingReference? Read(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length < 2 || lines[0].Trim() != "---") return null;
        var end = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (end < 0) return null;
        var front = Yaml.Deserialize<Dictionary<object, object?>>(string.Join('\n', lines[1..end])) ?? [];
        var names = new List<string>();
        names.AddRange(Texts(Get(front, "name")));
        names.AddRange(Texts(Get(front, "alt_names")));
        var site = Get(front, "site") as Dictionary<object, object?>;
        var streets = Texts(site is null ? null : Get(site, "street"));
        var external = Get(front, "external") as Dictionary<object, object?>;
        return new ListingReference(
            id,
            Text(Get(front, "kbo")),
            external is null ? null : Text(Get(external, "bruxelles_social")),
            external is null ? null : Text(Get(external, "sociale_kaart")),
            names,
            site is null ? null : Text(Get(site, "postcode")),
            streets.FirstOrDefault(),
            site is null ? null : Text(Get(site, "number")))
        {
            OtherStreets = streets.Skip(1).ToList(),
        };
    }

    private static object? Get(Dictionary<object, object?> map, string key) =>
        map.TryGetValue(key, out var value) ? value : null;

    private static string? Text(object? value) =>
        value is string s && !string.IsNullOrWhiteSpace(s) && s != "null" && s != "~" ? s.Trim() : null;

    // A scalar, a list, or a {fr, nl} map of either.
    private static List<string> Texts(object? value) => value switch
    {
        string s => Text(s) is { } t ? [t] : [],
        IEnumerable<object?> list when value is not IDictionary<object, object?> => list.SelectMany(Texts).ToList(),
        IDictionary<object, object?> map => map.Values.SelectMany(Texts).ToList(),
        _ => [],
    };
}
