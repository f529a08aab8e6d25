using System.Globalization;
using System.Text.Json;

namespace Repertoire.Core.DirectoryImport.Mapping;

/// <summary>Strict access to a directory record's fields: a field of the wrong JSON type, or text whose encoding
/// is garbled, refuses the record (<see cref="FormatException"/>) instead of being read as absent, because a record
/// that is wrong in one place cannot be trusted in the others.</summary>
internal static class RecordFields
{
    public static JsonElement? Get(JsonElement record, string name) =>
        record.ValueKind == JsonValueKind.Object && record.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    /// <summary>A text field: a JSON string (blank reads as absent), or null.</summary>
    public static string? Text(JsonElement record, string name, string? path = null)
    {
        if (Get(record, name) is not { } value) return null;
        if (value.ValueKind != JsonValueKind.String) throw WrongType(path ?? name, value, "text");
        var text = value.GetString()!.Trim();
        CheckEncoding(path ?? name, text);
        return text.Length == 0 ? null : text;
    }

    /// <summary>A text field that may also be written as a number (ids, postcodes, house numbers).</summary>
    public static string? TextOrNumber(JsonElement record, string name, string? path = null) =>
        Get(record, name) is { ValueKind: JsonValueKind.Number } number ? number.GetRawText() : Text(record, name, path);

    /// <summary>A list of texts: a JSON array of strings (a single string is read as a list of one).</summary>
    public static List<string> Texts(JsonElement record, string name, string? path = null)
    {
        var result = new List<string>();
        if (Get(record, name) is not { } value) return result;
        if (value.ValueKind == JsonValueKind.String) return Text(record, name, path) is { } single ? [single] : result;
        if (value.ValueKind != JsonValueKind.Array) throw WrongType(path ?? name, value, "a list of texts");
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Null) continue;
            if (item.ValueKind != JsonValueKind.String) throw WrongType(path ?? name, item, "a list of texts");
            var text = item.GetString()!.Trim();
            CheckEncoding(path ?? name, text);
            if (text.Length > 0) result.Add(text);
        }
        return result;
    }

    public static JsonElement? Object(JsonElement record, string name, string? path = null)
    {
        if (Get(record, name) is not { } value) return null;
        if (value.ValueKind != JsonValueKind.Object) throw WrongType(path ?? name, value, "an object");
        return value;
    }

    public static IEnumerable<JsonElement> Array(JsonElement record, string name, string? path = null)
    {
        if (Get(record, name) is not { } value) return [];
        if (value.ValueKind != JsonValueKind.Array) throw WrongType(path ?? name, value, "a list");
        return value.EnumerateArray();
    }

    public static bool? Boolean(JsonElement record, string name, string? path = null) => Get(record, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        { } other => throw WrongType(path ?? name, other, "true or false"),
    };

    /// <summary>A number, also accepted as a numeric string; NaN and infinities are refused.</summary>
    public static double? Number(JsonElement record, string name, string? path = null)
    {
        if (Get(record, name) is not { } value) return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number)) return number;
        if (value.ValueKind == JsonValueKind.String && value.GetString() is { } text)
        {
            if (text.Trim().Length == 0) return null;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed)) return parsed;
        }
        throw WrongType(path ?? name, value, "a number");
    }

    /// <summary>Refuses text that went through a wrong decoding: the replacement character, C1 controls, or the
    /// "Ã©"/"â€" sequences that UTF-8 read as Latin-1 leaves behind.</summary>
    public static void CheckEncoding(string field, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var garbled = c == '\uFFFD' || c is >= '\u0080' and <= '\u009F'
                || (c == 'Ã' && i + 1 < text.Length && text[i + 1] is >= '\u00A0' and <= '\u00BF')
                || (c == 'â' && i + 1 < text.Length && text[i + 1] == '€');
            if (garbled) throw new FormatException($"garbled encoding in {field}: \"{Excerpt(text, i)}\"");
        }
    }

    private static string Excerpt(string text, int at)
    {
        var start = Math.Max(0, at - 15);
        return text.Substring(start, Math.Min(text.Length - start, 30));
    }

    public static FormatException WrongType(string field, JsonElement value, string expected) =>
        new($"{field} is {Kind(value)}, expected {expected}");

    public static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "text",
        JsonValueKind.Number => "a number",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };
}
