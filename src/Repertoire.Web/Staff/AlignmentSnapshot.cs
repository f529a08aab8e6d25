using Repertoire.Core.Alignment;

namespace Repertoire.Web.Staff;

/// <summary>One computed alignment of the current exports, decisions and listings; immutable, shared by requests.</summary>
/// <param name="Result">The matcher's result, or null when an export is missing.</param>
/// <param name="MissingExports">The export files that do not exist.</param>
/// <param name="Problems">Records of the exports that could not be read, as "file: record 3 (line 40): reason".</param>
/// <param name="BruxellesSocial">The Bruxelles-Social records by id.</param>
/// <param name="SocialeKaart">The Sociale Kaart records by id.</param>
/// <param name="ComputedAt">When the alignment was computed.</param>
/// <param name="Duration">How long it took.</param>
public sealed record AlignmentSnapshot(
    AlignmentResult? Result,
    IReadOnlyList<string> MissingExports,
    IReadOnlyList<string> Problems,
    IReadOnlyDictionary<string, DirectoryRecord> BruxellesSocial,
    IReadOnlyDictionary<string, DirectoryRecord> SocialeKaart,
    DateTimeOffset ComputedAt,
    TimeSpan Duration)
{
    /// <summary>Whether both exports were found.</summary>
    public bool HasExports => Result is not null;

    /// <summary>The proposals with a status (none without exports).</summary>
    public IReadOnlyList<AlignmentProposal> WithStatus(AlignmentStatus status) =>
        Result is null ? [] : Result.WithStatus(status).ToList();

    /// <summary>The proposal of a pair, or null.</summary>
    public AlignmentProposal? Find(string bruxellesSocialId, string socialeKaartId) =>
        Result?.Find(bruxellesSocialId, socialeKaartId);

    /// <summary>Whether both ids name records of the current exports.</summary>
    public bool Knows(string bruxellesSocialId, string socialeKaartId) =>
        BruxellesSocial.ContainsKey(bruxellesSocialId) && SocialeKaart.ContainsKey(socialeKaartId);
}
