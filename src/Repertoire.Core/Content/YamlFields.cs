using System.Globalization;
using Repertoire.Core.Records;
using YamlDotNet.RepresentationModel;

namespace Repertoire.Core.Content;

/// <summary>
/// Reads typed fields out of a YAML mapping and records a <see cref="ContentProblem"/> for each one that is
/// not of the expected shape. One instance per file, so every problem carries the file's path and the line.
/// </summary>
internal sealed class YamlFields(string path, int lineOffset, List<ContentProblem> problems)
{
    public string Path { get; } = path;

    public int LineOf(YamlNode node) => (int)node.Start.Line + lineOffset;

    public void Error(YamlNode? node, string field, string message) =>
        problems.Add(new ContentProblem(Path, node is null ? null : LineOf(node), field, message));

    public void Warning(YamlNode? node, string field, string message) =>
        problems.Add(new ContentProblem(Path, node is null ? null : LineOf(node), field, message, ProblemSeverity.Warning));

    public static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static bool IsNull(YamlNode? node) =>
        node is null || node is YamlScalarNode { Value: null or "" or "~" or "null" } scalar && scalar.Style == YamlDotNet.Core.ScalarStyle.Plain;

    public string? String(YamlMappingNode map, string key, string field)
    {
        var node = Child(map, key);
        if (IsNull(node)) return null;
        if (node is YamlScalarNode scalar) return scalar.Value?.Trim();
        Error(node, field, "expected a single value");
        return null;
    }

    public double? Number(YamlMappingNode map, string key, string field)
    {
        var text = String(map, key, field);
        if (text is null) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return value;
        Error(Child(map, key), field, $"expected a number, found '{text}'");
        return null;
    }

    /// <summary>A <c>true</c>/<c>false</c> value; null when absent, an error when it is anything else.</summary>
    public bool? Bool(YamlMappingNode map, string key, string field)
    {
        var text = String(map, key, field);
        if (text is null) return null;
        if (bool.TryParse(text, out var value)) return value;
        Error(Child(map, key), field, $"expected true or false, found '{text}'");
        return null;
    }

    /// <summary>A date written YYYY-MM-DD; null when absent, an error when it is anything else.</summary>
    public NodaTime.LocalDate? Date(YamlMappingNode map, string key, string field)
    {
        var text = String(map, key, field);
        if (text is null) return null;
        var result = NodaTime.Text.LocalDatePattern.Iso.Parse(text);
        if (result.Success) return result.Value;
        Error(Child(map, key), field, $"expected a date as YYYY-MM-DD, found '{text}'");
        return null;
    }

    public IReadOnlyList<string> Strings(YamlMappingNode map, string key, string field)
    {
        var node = Child(map, key);
        if (IsNull(node)) return [];
        switch (node)
        {
            case YamlScalarNode scalar:
                // A single value where a list is expected is what people write for one phone or one need.
                return scalar.Value is { Length: > 0 } v ? [v.Trim()] : [];
            case YamlSequenceNode sequence:
                var list = new List<string>();
                foreach (var item in sequence)
                {
                    if (item is YamlScalarNode { Value: { Length: > 0 } value }) list.Add(value.Trim());
                    else if (!IsNull(item)) Error(item, field, "expected a list of single values");
                }
                return list;
            default:
                Error(node, field, "expected a list");
                return [];
        }
    }

    public LocalizedText Text(YamlMappingNode map, string key, string field)
    {
        var node = Child(map, key);
        if (IsNull(node)) return LocalizedText.Empty;
        if (node is YamlScalarNode { Value: { } both }) return LocalizedText.Both(both.Trim());
        if (node is not YamlMappingNode languages)
        {
            Error(node, field, "expected fr and nl values");
            return LocalizedText.Empty;
        }
        WarnUnknownKeys(languages, field, "fr", "nl");
        return new LocalizedText(String(languages, "fr", $"{field}.fr"), String(languages, "nl", $"{field}.nl"));
    }

    public LocalizedList List(YamlMappingNode map, string key, string field)
    {
        var node = Child(map, key);
        if (IsNull(node)) return LocalizedList.Empty;
        if (node is not YamlMappingNode languages)
        {
            Error(node, field, "expected fr and nl lists");
            return LocalizedList.Empty;
        }
        WarnUnknownKeys(languages, field, "fr", "nl");
        return new LocalizedList(Strings(languages, "fr", $"{field}.fr"), Strings(languages, "nl", $"{field}.nl"));
    }

    public void WarnUnknownKeys(YamlMappingNode map, string field, params string[] known)
    {
        foreach (var (key, _) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "?";
            if (!known.Contains(name, StringComparer.Ordinal))
                Warning(key, field.Length == 0 ? name : $"{field}.{name}", "unknown field, kept as is");
        }
    }

    /// <summary>The fields not in <paramref name="known"/>, converted to plain objects, so they are preserved.</summary>
    public Dictionary<string, object?> Extra(YamlMappingNode map, IReadOnlySet<string> known, string prefix = "", IReadOnlySet<string>? quiet = null)
    {
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is null || known.Contains(name)) continue;
            extra[name] = ToPlain(value);
            if (quiet is null || !quiet.Contains(name))
                Warning(key, prefix.Length == 0 ? name : $"{prefix}.{name}", "unknown field, kept as is");
        }
        return extra;
    }

    public static object? ToPlain(YamlNode node) => node switch
    {
        _ when IsNull(node) => null,
        YamlScalarNode scalar => scalar.Value,
        YamlSequenceNode sequence => sequence.Select(ToPlain).ToList(),
        YamlMappingNode mapping => mapping.Children.ToDictionary(
            kv => (kv.Key as YamlScalarNode)?.Value ?? "", kv => ToPlain(kv.Value), StringComparer.Ordinal),
        _ => null,
    };
}
