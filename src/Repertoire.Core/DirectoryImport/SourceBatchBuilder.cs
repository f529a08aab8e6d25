using System.Text.Json;
using Repertoire.Core.Alignment;
using Repertoire.Core.DirectoryImport.Mapping;

namespace Repertoire.Core.DirectoryImport;

/// <summary>Turns raw records of one directory, from a file or from the live API, into a <see cref="SourceBatch"/>:
/// each record is read and checked on its own, so one bad record is reported and never stops the others.</summary>
internal sealed class SourceBatchBuilder(DirectorySource source)
{
    private readonly BruxellesSocialRecordReader _bruxellesSocial = new();
    private readonly SocialeKaartRecordReader _socialeKaart = new();
    private readonly List<SourceRecord> _records = [];
    private readonly List<RefusedRecord> _refused = [];
    private readonly Dictionary<string, string> _positions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _gone = new(StringComparer.Ordinal);

    public DirectorySource Source => source;

    /// <summary>Reads one record found at <paramref name="position"/>.</summary>
    public void Add(JsonElement element, string position)
    {
        try
        {
            var record = source == DirectorySource.BruxellesSocial ? _bruxellesSocial.Read(element) : _socialeKaart.Read(element);
            if (!_positions.TryAdd(record.Id, position))
            {
                // Neither copy can be trusted over the other: both are refused, and the listing is left as it was.
                Refuse(record.Id, position, $"duplicate id {record.Id} (also at {_positions[record.Id]}): both copies refused");
                var first = _records.FindIndex(r => r.Id == record.Id);
                if (first >= 0)
                {
                    _records.RemoveAt(first);
                    Refuse(record.Id, _positions[record.Id], $"duplicate id {record.Id} (also at {position}): both copies refused");
                }
                return;
            }
            _records.Add(record);
        }
        catch (InactiveRecordException inactive)
        {
            // An inactive offer is gone from the directory's point of view.
            _gone.Add(inactive.Id);
            _refused.Add(new RefusedRecord(source, inactive.Id, position, inactive.Message) { Withdrawn = true });
        }
        catch (FormatException error)
        {
            Refuse(TryId(element), position, error.Message);
        }
    }

    /// <summary>A record that could not even be parsed.</summary>
    public void Refuse(string? id, string position, string reason) => _refused.Add(new RefusedRecord(source, id, position, reason));

    /// <summary>An id the directory answered as gone.</summary>
    public void MarkGone(string id) => _gone.Add(id);

    public SourceBatch Build(bool isComplete) => new(source, _records, _refused, isComplete, _gone);

    private string? TryId(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("id", out var id)) return null;
        return id.ValueKind switch
        {
            JsonValueKind.Number => id.GetRawText(),
            JsonValueKind.String => id.GetString(),
            JsonValueKind.Object when source == DirectorySource.SocialeKaart && id.TryGetProperty("id", out var inner) && inner.ValueKind == JsonValueKind.String => inner.GetString(),
            _ => null,
        };
    }
}
