using System.Text;
using System.Text.Json.Nodes;
using Repertoire.Core.Content;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Repertoire.Core.DirectoryImport.Sync;

/// <summary>An imported listing file as data: its front matter as JSON nodes whose scalars are all strings (as YAML
/// reads them back), and its <c># fr</c> / <c># nl</c> bodies. Comparing two values is comparing their JSON text.</summary>
internal sealed record ListingFile(JsonObject Fields, JsonObject Body)
{
    private static readonly ISerializer Writer = new SerializerBuilder().DisableAliases().Build();
    private static readonly IDeserializer Reader = new DeserializerBuilder().Build();

    /// <summary>The file's text.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder("---\n");
        text.Append(Writer.Serialize(ToPlain(Fields)!));
        text.Append("---\n");
        foreach (var language in new[] { "fr", "nl" })
        {
            if ((string?)Body[language] is not { } body) continue;
            text.Append("\n# ").Append(language).Append("\n\n").Append(body.Trim()).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Reads a listing file; null with a reason when it cannot be read as one.</summary>
    public static ListingFile? Parse(string text, out string? error)
    {
        error = null;
        var problems = new List<ContentProblem>();
        var document = FrontMatterDocument.Split(text, "", problems);
        if (document is null)
        {
            error = problems.FirstOrDefault()?.Message ?? "no front matter";
            return null;
        }
        try
        {
            var root = Reader.Deserialize<object?>(document.Yaml);
            if (FromPlain(root) is not JsonObject fields)
            {
                error = "front matter is not a set of fields";
                return null;
            }
            var body = new JsonObject();
            if (document.French is { } fr) body["fr"] = fr;
            if (document.Dutch is { } nl) body["nl"] = nl;
            return new ListingFile(fields, body);
        }
        catch (YamlException e)
        {
            error = $"line {e.Start.Line}: {e.Message}";
            return null;
        }
    }

    /// <summary>The value as the file would hold it after a write and a read: the canonical form to compare.</summary>
    public static string Canonical(JsonNode? node) => node?.ToJsonString() ?? "null";

    private static object? ToPlain(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => o.ToDictionary(kv => kv.Key, kv => ToPlain(kv.Value)),
        JsonArray a => a.Select(ToPlain).ToList(),
        JsonValue v => v.TryGetValue<string>(out var text) ? text : v.ToJsonString(),
        _ => null,
    };

    private static JsonNode? FromPlain(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        IDictionary<object, object?> map => new JsonObject(map.Select(kv => KeyValuePair.Create(kv.Key.ToString()!, FromPlain(kv.Value)))),
        IEnumerable<object?> list => new JsonArray(list.Select(FromPlain).ToArray()),
        _ => JsonValue.Create(value.ToString()),
    };
}
