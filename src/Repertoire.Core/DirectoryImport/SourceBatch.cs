using Repertoire.Core.Alignment;

namespace Repertoire.Core.DirectoryImport;

/// <summary>The records read from one directory in one run.</summary>
/// <param name="Source">The directory.</param>
/// <param name="Records">The readable, valid records.</param>
/// <param name="Refused">Records refused, with reasons.</param>
/// <param name="IsComplete">Whether the batch is the directory's whole offer, so that a listing whose record is
/// absent is no longer listed (true for an export file and a full live run; false for a refresh by ids).</param>
/// <param name="Gone">Ids the directory answered as gone (404), for a refresh that is not complete.</param>
public sealed record SourceBatch(
    DirectorySource Source,
    IReadOnlyList<SourceRecord> Records,
    IReadOnlyList<RefusedRecord> Refused,
    bool IsComplete,
    IReadOnlyCollection<string> Gone)
{
    /// <summary>Ids of records read but refused: their listings are neither updated nor marked gone.</summary>
    public IEnumerable<string> RefusedIds => Refused.Where(r => !r.Withdrawn).Select(r => r.Id).OfType<string>();
}
