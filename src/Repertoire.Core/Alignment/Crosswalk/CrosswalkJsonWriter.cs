using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Repertoire.Core.Alignment.Crosswalk;

/// <summary>Writes the crosswalk in the contract's snake_case JSON shape.</summary>
public static class CrosswalkJsonWriter
{
    /// <summary>The serializer options of the contract: snake_case names, nulls written, accents unescaped.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The crosswalk as a JSON string.</summary>
    public static string Write(CrosswalkDocument document) => JsonSerializer.Serialize(document, Options);

    /// <summary>Writes the crosswalk to a stream as UTF-8 JSON.</summary>
    public static void Write(CrosswalkDocument document, Stream stream) => JsonSerializer.Serialize(stream, document, Options);
}
