using Repertoire.Core.Alignment;

namespace Repertoire.Core.DirectoryImport;

/// <summary>A record the import did not take, with why.</summary>
/// <param name="Source">The directory.</param>
/// <param name="Id">The record's id when it could be read, else null.</param>
/// <param name="Position">Where it was: "record 12 (line 340)", "page 3", "GET /rest/organisation/123".</param>
/// <param name="Reason">What is wrong, in words a person can act on.</param>
public sealed record RefusedRecord(DirectorySource Source, string? Id, string Position, string Reason)
{
    /// <summary>True when the directory itself withdrew the record (an inactive offer): its listing is marked no
    /// longer listed, where a refused record's listing is left as it was.</summary>
    public bool Withdrawn { get; init; }
}
