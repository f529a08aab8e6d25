using System.Globalization;
using System.Text.Json;

namespace Repertoire.Core.Alignment.Import;

/// <summary>Tolerant access to JSON fields: a missing, null or differently typed field reads as absent.</summary>
internal static class JsonValues
{
    public static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    public static JsonElement? Path(JsonElement element, params string[] names)
    {
        JsonElement? current = element;
        foreach (var name in names)
        {
            if (current is not { } value) return null;
            current = Property(value, name);
        }
        return current;
    }

    /// <summary>A string, or a number's text; null otherwise or when blank.</summary>
    public static string? Text(JsonElement? element) => element switch
    {
        { ValueKind: JsonValueKind.String } e => string.IsNullOrWhiteSpace(e.GetString()) ? null : e.GetString()!.Trim(),
        { ValueKind: JsonValueKind.Number } e => e.GetRawText(),
        _ => null,
    };

    public static string? Text(JsonElement element, params string[] path) => Text(Path(element, path));

    /// <summary>The strings of an array (or a single string), blanks skipped.</summary>
    public static List<string> Texts(JsonElement? element)
    {
        var result = new List<string>();
        if (element is not { } value) return result;
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
                if (Text(item) is { } text) result.Add(text);
        }
        else if (Text(value) is { } single)
        {
            result.Add(single);
        }
        return result;
    }

    public static double? Number(JsonElement? element) => element switch
    {
        { ValueKind: JsonValueKind.Number } e when e.TryGetDouble(out var d) && double.IsFinite(d) => d,
        { ValueKind: JsonValueKind.String } e when double.TryParse(e.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) => d,
        _ => null,
    };

    public static IEnumerable<JsonElement> Items(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    /// <summary>Latitude and longitude are kept only when both are present and plausible.</summary>
    public static (double? Lat, double? Lon) Coordinates(double? lat, double? lon) =>
        lat is { } la && lon is { } lo && la is >= -90 and <= 90 && lo is >= -180 and <= 180 && !(la == 0 && lo == 0)
            ? (la, lo)
            : (null, null);
}
