using Repertoire.Core.Alignment.Crosswalk;

namespace Repertoire.Core.Alignment;

/// <summary>The outcome of aligning two exports: proposals (best first) and the records left on one side only.</summary>
/// <param name="Proposals">Confirmed, auto, review and rejected pairs, by descending score within status order.</param>
/// <param name="OnlyBruxellesSocial">Bruxelles-Social records in no confirmed, auto or review pair.</param>
/// <param name="OnlySocialeKaart">Sociale Kaart records in no confirmed, auto or review pair.</param>
public sealed record AlignmentResult(
    IReadOnlyList<AlignmentProposal> Proposals,
    IReadOnlyList<DirectoryRecord> OnlyBruxellesSocial,
    IReadOnlyList<DirectoryRecord> OnlySocialeKaart)
{
    /// <summary>The proposals with the given status.</summary>
    public IEnumerable<AlignmentProposal> WithStatus(AlignmentStatus status) => Proposals.Where(p => p.Status == status);

    /// <summary>The proposal for a pair of ids, or null.</summary>
    public AlignmentProposal? Find(string bruxellesSocialId, string socialeKaartId) =>
        Proposals.FirstOrDefault(p => p.BruxellesSocial.Id == bruxellesSocialId && p.SocialeKaart.Id == socialeKaartId);

    /// <summary>The publishable crosswalk document.</summary>
    public CrosswalkDocument ToCrosswalk() => CrosswalkDocument.From(this);
}
