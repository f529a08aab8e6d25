using Repertoire.Core.Alignment.Decisions;
using Repertoire.Core.Alignment.Matching;

namespace Repertoire.Core.Alignment;

/// <summary>A pair of records the matcher proposes (or a person decided), with everything a reviewer needs.</summary>
/// <param name="BruxellesSocial">The Bruxelles-Social record.</param>
/// <param name="SocialeKaart">The Sociale Kaart record.</param>
/// <param name="Status">auto, review, confirmed or rejected.</param>
/// <param name="Evidence">Per-field agreement and the combined score.</param>
/// <param name="Conflicts">Fields on which the directories disagree.</param>
/// <param name="Repertoire">The id of the matching Repertoire listing, or null.</param>
/// <param name="Decision">The person's decision about the pair, if any (a note alone leaves the status computed).</param>
public sealed record AlignmentProposal(
    DirectoryRecord BruxellesSocial,
    DirectoryRecord SocialeKaart,
    AlignmentStatus Status,
    FieldEvidence Evidence,
    IReadOnlyList<FieldConflict> Conflicts,
    string? Repertoire,
    AlignmentDecision? Decision)
{
    /// <summary>The combined score in [0, 1].</summary>
    public double Score => Evidence.Score;
}
