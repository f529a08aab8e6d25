using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Import;

namespace Repertoire.Core.DirectoryImport;

/// <summary>Reads the export files: a JSON array of Bruxelles-Social records (each as <c>GET /rest/organisation/{id}</c>
/// returns it), and De Sociale Kaart pages as <c>GET /api/health-offers</c> returns them, one page or an array of pages.</summary>
public static class FileSourceReader
{
    /// <summary>Reads a Bruxelles-Social export file.</summary>
    public static SourceBatch ReadBruxellesSocial(string path) => Read(DirectorySource.BruxellesSocial, File.ReadAllBytes(path));

    /// <summary>Reads a De Sociale Kaart export file.</summary>
    public static SourceBatch ReadSocialeKaart(string path) => Read(DirectorySource.SocialeKaart, File.ReadAllBytes(path));

    /// <summary>Reads an export held in memory.</summary>
    public static SourceBatch Read(DirectorySource source, byte[] bytes)
    {
        var builder = new SourceBatchBuilder(source);
        var json = Repair(bytes);
        if (source == DirectorySource.BruxellesSocial) AddArray(builder, json, null, "");
        else if (FirstToken(json) == (byte)'[') AddPages(builder, json);
        else AddArray(builder, json, "content", "");
        return builder.Build(isComplete: true);
    }

    /// <summary>Adds the records of one answer (a page of De Sociale Kaart, a record of Bruxelles-Social) to a batch.</summary>
    internal static void AddAnswer(SourceBatchBuilder builder, byte[] bytes, string position, string? id = null)
    {
        var json = Repair(bytes);
        if (builder.Source == DirectorySource.SocialeKaart)
        {
            AddArray(builder, json, "content", position + ", ");
            return;
        }
        try
        {
            using var document = JsonDocument.Parse(json);
            builder.Add(document.RootElement.Clone(), position);
        }
        catch (JsonException error)
        {
            builder.Refuse(id, position, "malformed JSON: " + error.Message.Split(" Path:")[0].Split(" LineNumber")[0].TrimEnd('.', ' '));
        }
    }

    private static void AddArray(SourceBatchBuilder builder, ReadOnlyMemory<byte> json, string? property, string prefix)
    {
        var items = JsonArrayReader.Read(json, property, out var fatal);
        foreach (var item in items)
        {
            var position = $"{prefix}record {item.Index} (line {item.Line})";
            if (item.Element is { } element) builder.Add(element, position);
            else builder.Refuse(null, position, item.Error ?? "unreadable");
        }
        if (fatal is not null) builder.Refuse(null, prefix.Length > 0 ? prefix.TrimEnd(',', ' ') : "file", fatal);
    }

    private static void AddPages(SourceBatchBuilder builder, ReadOnlyMemory<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true });
            var page = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                var bytes = JsonSerializer.SerializeToUtf8Bytes(item);
                AddArray(builder, bytes, "content", $"page {page++}, ");
            }
        }
        catch (JsonException error)
        {
            builder.Refuse(null, "file", "malformed JSON: " + error.Message);
        }
    }

    /// <summary>Invalid UTF-8 becomes U+FFFD, so that the record holding it is refused for its garbled text instead
    /// of the whole file failing to parse; a byte-order mark is dropped.</summary>
    private static byte[] Repair(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8)) span = span[3..];
        if (Utf8.IsValid(span)) return span.Length == bytes.Length ? bytes : span.ToArray();
        return Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(span));
    }

    private static byte FirstToken(ReadOnlySpan<byte> json)
    {
        foreach (var b in json)
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) return b;
        return 0;
    }
}
