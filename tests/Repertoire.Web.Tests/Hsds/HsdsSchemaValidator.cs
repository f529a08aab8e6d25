using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Repertoire.Web.Tests.Hsds;

/// <summary>
/// Validates JSON against the HSDS 3.0 schema files kept in <c>tests/data/hsds/schema</c>, with JsonSchema.Net.
/// The files refer to each other by relative names (<c>phone.json</c>) and, in <c>openapi.json</c>, by the
/// specification's published URLs: every file is registered under its published URL, so both kinds resolve to the
/// local copies and nothing is fetched.
/// </summary>
internal sealed class HsdsSchemaValidator
{
    // The 3.0 openapi.json points at the published copies of the very files in the folder.
    private const string PublishedPrefix = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";

    private readonly EvaluationOptions _options;

    public HsdsSchemaValidator(string schemaFolder)
    {
        _options = new EvaluationOptions
        {
            OutputFormat = OutputFormat.List,
            // HSDS relies on uuid, uri, email, date and date-time formats: check them, not just annotate.
            RequireFormatValidation = true,
        };
        // Each validator has its own registry (the options' own, backed by the global one): tests run side by side.
        var registry = _options.SchemaRegistry;
        foreach (var file in Directory.EnumerateFiles(schemaFolder, "*.json", SearchOption.AllDirectories))
        {
            var uri = new Uri(PublishedPrefix + Path.GetRelativePath(schemaFolder, file).Replace('\\', '/'));
            var node = JsonNode.Parse(File.ReadAllText(file))!;
            if (uri.AbsolutePath.EndsWith("/openapi.json", StringComparison.Ordinal))
            {
                // Not a schema itself: a document whose parts ($ref targets) are schemas.
                registry.Register(uri, new JsonNodeBaseDocument(node, uri));
                continue;
            }
            // The files carry no $id: give each its published URL so that relative $refs resolve beside it.
            node["$id"] = uri.ToString();
            registry.Register(JsonSchema.FromText(node.ToJsonString()));
        }
    }

    /// <summary>
    /// Every violation of the schema at <paramref name="reference"/> (a file name relative to the folder, with an
    /// optional <c>#</c> pointer), each as <c>/json/pointer: message</c>; empty when the instance is valid.
    /// </summary>
    public IReadOnlyList<string> Check(JsonElement instance, string reference)
    {
        var schema = JsonSchema.FromText(JsonSerializer.Serialize(new Dictionary<string, string> { ["$ref"] = PublishedPrefix + reference }));
        var results = schema.Evaluate(instance, _options);
        if (results.IsValid) return [];
        return [.. results.Details.Where(d => d.HasErrors)
            .SelectMany(d => d.Errors!.Select(e => $"{Location(d)}: {e.Value}"))
            .Distinct()];
    }

    private static string Location(EvaluationResults detail)
    {
        var pointer = detail.InstanceLocation.ToString();
        return pointer.Length == 0 ? "/" : pointer;
    }

    /// <summary>The schema of the 200 response of an operation in <c>openapi.json</c>.</summary>
    public static string ResponseOf(string path, string method = "get") =>
        $"openapi.json#/paths/{Escape(path)}/{method}/responses/200/content/{Escape("application/json")}/schema";

    private static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
