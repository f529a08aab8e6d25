using System.Text.Json;

namespace Repertoire.Core.Alignment.Import;

/// <summary>The shared part of both importers: reading the array record by record, reporting each unreadable
/// record with its position and importing the others.</summary>
public abstract class ExportImporter
{
    /// <summary>The top-level property holding the records, or null for a root array.</summary>
    private protected abstract string? ArrayProperty { get; }

    /// <summary>Reads one record; throws <see cref="FormatException"/> with the reason when it cannot.</summary>
    private protected abstract DirectoryRecord ReadRecord(JsonElement element);

    /// <summary>Reads one record for the directory import, which reads the export itself because it keeps more
    /// fields; throws <see cref="FormatException"/> with the reason when the record cannot be read.</summary>
    internal DirectoryRecord ReadOne(JsonElement element) => ReadRecord(element);

    /// <summary>Imports an export file.</summary>
    public ImportResult Import(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Import(File.ReadAllBytes(path));
    }

    /// <summary>Imports an export from a stream (read to the end, not closed).</summary>
    public ImportResult Import(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Import(buffer.ToArray());
    }

    /// <summary>Imports an export held in memory (UTF-8, an optional byte-order mark is skipped).</summary>
    public ImportResult Import(ReadOnlyMemory<byte> json)
    {
        if (json.Span.StartsWith("\uFEFF"u8)) json = json[3..];
        var records = new List<DirectoryRecord>();
        var problems = new List<ImportProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var items = JsonArrayReader.Read(json, ArrayProperty, out var fatal);
        foreach (var item in items)
        {
            if (item.Element is not { } element)
            {
                problems.Add(new ImportProblem(item.Index, item.Line, item.Error ?? "unreadable"));
                continue;
            }
            try
            {
                if (element.ValueKind != JsonValueKind.Object) throw new FormatException($"expected an object, found {element.ValueKind.ToString().ToLowerInvariant()}");
                var record = ReadRecord(element);
                if (!seen.Add(record.Id)) throw new FormatException($"duplicate id {record.Id}");
                records.Add(record);
            }
            catch (Exception error) when (error is FormatException or InvalidOperationException)
            {
                problems.Add(new ImportProblem(item.Index, item.Line, error.Message));
            }
        }
        if (fatal is not null) problems.Add(new ImportProblem(0, 1, fatal));
        return new ImportResult(records, problems);
    }

    private protected static List<string> Distinct(IEnumerable<string> values) =>
        values.Distinct(StringComparer.Ordinal).ToList();
}
