using System.Globalization;
using System.Net.Mail;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Repertoire.Web.Tests.Hsds;

/// <summary>
/// Checks JSON against the HSDS schema files themselves (no schema library restores here): <c>type</c>, <c>required</c>,
/// <c>properties</c>, <c>items</c>, <c>enum</c>, <c>format</c> (uuid, date, date-time, uri, email), <c>allOf</c>,
/// <c>anyOf</c>, <c>oneOf</c> and <c>$ref</c>, resolved between the files of one folder (relative names such as
/// <c>phone.json</c>, JSON pointers such as <c>#/components/schemas/Page</c>, and the specification's raw GitHub URLs,
/// which name the same files). Unknown keywords are ignored, as JSON Schema does; HSDS allows extra properties.
/// </summary>
internal sealed partial class JsonSchemaChecker(string schemaFolder)
{
    // The 3.0 openapi.json points at the published copies of the very files in the folder.
    private const string PublishedPrefix = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";

    private readonly Dictionary<string, JsonDocument> _documents = new(StringComparer.Ordinal);

    /// <summary>
    /// Every violation of the schema at <paramref name="reference"/> (a file name relative to the folder, with an
    /// optional <c>#</c> pointer), each as <c>$.path: message</c>; empty when the instance is valid.
    /// </summary>
    public IReadOnlyList<string> Check(JsonElement instance, string reference)
    {
        var errors = new List<string>();
        var (file, schema) = Resolve("", reference);
        Validate(instance, schema, file, "$", errors, depth: 0);
        return errors;
    }

    /// <summary>The schema of the 200 response of an operation in <c>openapi.json</c>.</summary>
    public static string ResponseOf(string path, string method = "get") =>
        $"openapi.json#/paths/{Escape(path)}/{method}/responses/200/content/{Escape("application/json")}/schema";

    private static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private void Validate(JsonElement instance, JsonElement schema, string file, string path, List<string> errors, int depth)
    {
        if (depth > 64) throw new InvalidOperationException($"{path}: schema nesting too deep (a $ref cycle?)");
        if (schema.ValueKind == JsonValueKind.True) return;
        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add($"{path}: no value is allowed here");
            return;
        }
        if (schema.ValueKind != JsonValueKind.Object) throw new InvalidOperationException($"{file}: a schema at {path} is not an object");

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var (refFile, target) = Resolve(file, reference.GetString()!);
            Validate(instance, target, refFile, path, errors, depth + 1);
        }
        if (schema.TryGetProperty("type", out var type) && !HasType(instance, type))
        {
            errors.Add($"{path}: expected {type.GetRawText()}, found {Describe(instance)}");
            return;
        }
        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, instance)))
            errors.Add($"{path}: {instance.GetRawText()} is not one of {allowed.GetRawText()}");
        if (schema.TryGetProperty("format", out var format) && instance.ValueKind == JsonValueKind.String
            && !HasFormat(instance.GetString()!, format.GetString()!))
            errors.Add($"{path}: \"{instance.GetString()}\" is not a valid {format.GetString()}");

        if (instance.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                    if (!instance.TryGetProperty(name, out _)) errors.Add($"{path}: required property '{name}' is missing");
            if (schema.TryGetProperty("properties", out var properties))
                foreach (var property in properties.EnumerateObject())
                    if (instance.TryGetProperty(property.Name, out var value))
                        Validate(value, property.Value, file, $"{path}.{property.Name}", errors, depth + 1);
        }
        if (instance.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in instance.EnumerateArray())
                Validate(item, items, file, $"{path}[{index++}]", errors, depth + 1);
        }
        if (schema.TryGetProperty("allOf", out var allOf))
            foreach (var part in allOf.EnumerateArray())
                Validate(instance, part, file, path, errors, depth + 1);
        if (schema.TryGetProperty("anyOf", out var anyOf) && !anyOf.EnumerateArray().Any(p => IsValid(instance, p, file, path, depth)))
            errors.Add($"{path}: matches none of anyOf");
        if (schema.TryGetProperty("oneOf", out var oneOf) && oneOf.EnumerateArray().Count(p => IsValid(instance, p, file, path, depth)) != 1)
            errors.Add($"{path}: does not match exactly one of oneOf");
    }

    private bool IsValid(JsonElement instance, JsonElement schema, string file, string path, int depth)
    {
        var errors = new List<string>();
        Validate(instance, schema, file, path, errors, depth + 1);
        return errors.Count == 0;
    }

    private (string File, JsonElement Schema) Resolve(string currentFile, string reference)
    {
        if (reference.StartsWith(PublishedPrefix, StringComparison.Ordinal)) reference = reference[PublishedPrefix.Length..];
        else if (reference.Contains("://", StringComparison.Ordinal))
            throw new InvalidOperationException($"{currentFile}: $ref to a foreign document {reference}");
        var hash = reference.IndexOf('#');
        var filePart = hash < 0 ? reference : reference[..hash];
        var pointer = hash < 0 ? "" : reference[(hash + 1)..];
        var file = filePart.Length == 0 ? currentFile
            : Path.GetRelativePath(schemaFolder, Path.GetFullPath(Path.Combine(schemaFolder, Path.GetDirectoryName(currentFile) ?? "", filePart)));
        var element = Document(file).RootElement;
        foreach (var token in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            element = element.ValueKind == JsonValueKind.Array
                ? element[int.Parse(name, CultureInfo.InvariantCulture)]
                : element.TryGetProperty(name, out var next) ? next
                : throw new InvalidOperationException($"{file}: no '{name}' on the way to #{pointer}");
        }
        return (file, element);
    }

    private JsonDocument Document(string file)
    {
        if (!_documents.TryGetValue(file, out var document))
        {
            var full = Path.Combine(schemaFolder, file);
            if (!File.Exists(full)) throw new InvalidOperationException($"$ref to a missing schema file {file}");
            document = JsonDocument.Parse(File.ReadAllText(full));
            _documents[file] = document;
        }
        return document;
    }

    private static bool HasType(JsonElement instance, JsonElement type) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => HasType(instance, t.GetString()!))
        : HasType(instance, type.GetString()!);

    private static bool HasType(JsonElement instance, string type) => type switch
    {
        "string" => instance.ValueKind == JsonValueKind.String,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && instance.TryGetDecimal(out var d) && d == Math.Floor(d),
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "null" => instance.ValueKind == JsonValueKind.Null,
        _ => throw new InvalidOperationException($"unknown JSON Schema type '{type}'"),
    };

    private static bool HasFormat(string value, string format) => format switch
    {
        "uuid" => UuidPattern().IsMatch(value),
        "date" => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "date-time" => DateTimePattern().IsMatch(value)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "uri" => Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme.Length > 0 && !value.Contains(' ', StringComparison.Ordinal),
        "email" => MailAddress.TryCreate(value, out var address) && address.Address == value,
        // Other formats (e.g. openapi.json's "datetime" on a parameter) are annotations only.
        _ => true,
    };

    private static string Describe(JsonElement instance) => instance.ValueKind.ToString().ToLowerInvariant();

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex UuidPattern();

    // RFC 3339 date-time: a full date, 'T', a time with optional fraction, and a zone (Z or an offset).
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTimePattern();
}
