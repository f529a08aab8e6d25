using System.Text.Json;
using System.Text.Json.Nodes;
using Repertoire.Core.Alignment;
using Repertoire.Core.DirectoryImport.Mapping;

namespace Repertoire.Core.DirectoryImport.Sync;

/// <summary>What the import knows of a listing it created (<c>import/provenance/&lt;id&gt;.json</c>): each field as the
/// import last wrote it, with its directories and date, the records it was built from, and when each directory
/// was last read with a change or first seen without the record. A listing with no provenance file was written by
/// hand and is never touched by an import.</summary>
internal sealed class ListingProvenance
{
    public const string Folder = "import/provenance";
    public const string BodyPrefix = "#";

    public required string Id { get; init; }

    /// <summary>Field (or <c>#fr</c>, <c>#nl</c> for the bodies) to the value last written.</summary>
    public Dictionary<string, FieldProvenance> Fields { get; init; } = new(StringComparer.Ordinal);

    /// <summary>The last state of each directory's record.</summary>
    public Dictionary<DirectorySource, Contribution> Records { get; init; } = [];

    /// <summary>The date each directory was last read with a change for this listing.</summary>
    public Dictionary<DirectorySource, string> Consulted { get; init; } = [];

    /// <summary>Directories that no longer list the record, with the date it was first seen gone.</summary>
    public Dictionary<DirectorySource, string> Gone { get; init; } = [];

    public sealed record FieldProvenance(JsonNode? Value, IReadOnlyList<string> Sources, string Date);

    public string ToJson()
    {
        var fields = new JsonObject();
        foreach (var (key, field) in Fields.OrderBy(f => f.Key, StringComparer.Ordinal))
            fields[key] = new JsonObject
            {
                ["value"] = field.Value?.DeepClone(),
                ["sources"] = new JsonArray(field.Sources.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()),
                ["date"] = field.Date,
            };
        var root = new JsonObject
        {
            ["id"] = Id,
            ["records"] = new JsonArray(Records.OrderBy(r => r.Key).Select(r => (JsonNode?)r.Value.ToJson()).ToArray()),
            ["consulted"] = Dates(Consulted),
            ["gone"] = Dates(Gone),
            ["fields"] = fields,
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    public static ListingProvenance? Parse(string id, string json)
    {
        if (JsonNode.Parse(json) is not JsonObject root) return null;
        var provenance = new ListingProvenance { Id = id };
        foreach (var record in root["records"] as JsonArray ?? [])
            if (Contribution.FromJson(record) is { } c) provenance.Records[c.Source] = c;
        ReadDates(root["consulted"], provenance.Consulted);
        ReadDates(root["gone"], provenance.Gone);
        foreach (var (key, node) in root["fields"] as JsonObject ?? [])
        {
            if (node is not JsonObject field) continue;
            provenance.Fields[key] = new FieldProvenance(field["value"]?.DeepClone(),
                (field["sources"] as JsonArray ?? []).Select(s => (string?)s).OfType<string>().ToList(), (string?)field["date"] ?? "");
        }
        return provenance;
    }

    private static JsonObject Dates(Dictionary<DirectorySource, string> dates) =>
        new(dates.OrderBy(d => d.Key).Select(d => KeyValuePair.Create(Contribution.Key(d.Key), (JsonNode?)JsonValue.Create(d.Value))));

    private static void ReadDates(JsonNode? node, Dictionary<DirectorySource, string> into)
    {
        foreach (var (key, value) in node as JsonObject ?? [])
            if (Contribution.FromKey(key) is { } source && (string?)value is { } date) into[source] = date;
    }
}
