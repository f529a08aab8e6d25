using System.Text.Json;

namespace Repertoire.Core.Alignment.Import;

/// <summary>Reads the elements of a JSON array one by one, each with its index and line, so that a syntax error
/// costs only the records from that point on, and is reported where it is.</summary>
internal static class JsonArrayReader
{
    internal readonly record struct Item(int Index, long Line, JsonElement? Element, string? Error);

    /// <summary>The items of the root array (<paramref name="property"/> null) or of the array under a top-level property.</summary>
    public static List<Item> Read(ReadOnlyMemory<byte> json, string? property, out string? fatal)
    {
        fatal = null;
        var items = new List<Item>();
        var options = new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
        var reader = new Utf8JsonReader(json.Span, options);
        var lines = new LineCounter(json);
        var index = 0;
        try
        {
            if (!reader.Read()) { fatal = "empty document"; return items; }
            if (property is not null)
            {
                if (reader.TokenType != JsonTokenType.StartObject) { fatal = $"expected an object with \"{property}\""; return items; }
                var found = false;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isTarget = reader.ValueTextEquals(property);
                    reader.Read();
                    if (isTarget) { found = true; break; }
                    reader.Skip();
                }
                if (!found) { fatal = $"no \"{property}\" array"; return items; }
            }
            if (reader.TokenType != JsonTokenType.StartArray) { fatal = "expected an array of records"; return items; }
            while (true)
            {
                if (!reader.Read()) break;
                if (reader.TokenType == JsonTokenType.EndArray) break;
                var line = lines.LineAt(reader.TokenStartIndex);
                try
                {
                    using var document = JsonDocument.ParseValue(ref reader);
                    items.Add(new Item(index, line, document.RootElement.Clone(), null));
                }
                catch (JsonException error)
                {
                    items.Add(new Item(index, (error.LineNumber ?? line - 1) + 1, null, "malformed JSON: " + FirstSentence(error.Message)));
                    return items;
                }
                index++;
            }
        }
        catch (JsonException error)
        {
            items.Add(new Item(index, (error.LineNumber ?? 0) + 1, null, "malformed JSON: " + FirstSentence(error.Message)));
        }
        return items;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }

    private sealed class LineCounter(ReadOnlyMemory<byte> json)
    {
        private long _offset;
        private long _line = 1;

        public long LineAt(long offset)
        {
            var span = json.Span;
            for (; _offset < offset && _offset < span.Length; _offset++)
                if (span[(int)_offset] == (byte)'\n') _line++;
            return _line;
        }
    }
}
