namespace Repertoire.Core.Alignment.Crosswalk;

/// <summary>The published crosswalk (docs/alignment.md), serialised in snake_case by
/// <see cref="CrosswalkJsonWriter"/>.</summary>
/// <param name="Pairs">Every pair: confirmed, auto, review and rejected.</param>
/// <param name="OnlyBruxellesSocial">Bruxelles-Social ids in no confirmed, auto or review pair.</param>
/// <param name="OnlySocialeKaart">Sociale Kaart ids in no confirmed, auto or review pair.</param>
public sealed record CrosswalkDocument(
    IReadOnlyList<CrosswalkPair> Pairs,
    IReadOnlyList<string> OnlyBruxellesSocial,
    IReadOnlyList<string> OnlySocialeKaart)
{
    /// <summary>The crosswalk of an alignment.</summary>
    public static CrosswalkDocument From(AlignmentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var pairs = result.Proposals.Select(CrosswalkPair.From).ToList();
        return new CrosswalkDocument(
            pairs,
            result.OnlyBruxellesSocial.Select(r => r.Id).ToList(),
            result.OnlySocialeKaart.Select(r => r.Id).ToList());
    }
}

/// <summary>One pair of the crosswalk.</summary>
/// <param name="BruxellesSocial">Bruxelles-Social id.</param>
/// <param name="SocialeKaart">Sociale Kaart id.</param>
/// <param name="Repertoire">The Repertoire listing id, or null.</param>
/// <param name="Score">The combined score in [0, 1], three decimals.</param>
/// <param name="Status">"auto", "review", "confirmed" or "rejected".</param>
/// <param name="Evidence">Per-field agreement, fields absent on either side omitted.</param>
/// <param name="Conflicts">Fields on which the directories disagree.</param>
public sealed record CrosswalkPair(
    string BruxellesSocial,
    string SocialeKaart,
    string? Repertoire,
    double Score,
    string Status,
    IReadOnlyDictionary<string, double> Evidence,
    IReadOnlyList<CrosswalkConflict> Conflicts)
{
    /// <summary>The crosswalk row of a proposal.</summary>
    public static CrosswalkPair From(AlignmentProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var evidence = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (field, value) in proposal.Evidence.Fields()) evidence[field] = value;
        return new CrosswalkPair(
            proposal.BruxellesSocial.Id,
            proposal.SocialeKaart.Id,
            proposal.Repertoire,
            Math.Round(proposal.Score, 3),
            StatusName(proposal.Status),
            evidence,
            proposal.Conflicts.Select(c => new CrosswalkConflict(c.Field, c.BruxellesSocial, c.SocialeKaart)).ToList());
    }

    /// <summary>The contract's spelling of a status.</summary>
    public static string StatusName(AlignmentStatus status) => status switch
    {
        AlignmentStatus.Auto => "auto",
        AlignmentStatus.Review => "review",
        AlignmentStatus.Confirmed => "confirmed",
        AlignmentStatus.Rejected => "rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}

/// <summary>A disagreement between the directories, as in the contract's <c>conflicts</c>.</summary>
/// <param name="Field">The field.</param>
/// <param name="BruxellesSocial">The Bruxelles-Social value.</param>
/// <param name="SocialeKaart">The Sociale Kaart value.</param>
public sealed record CrosswalkConflict(string Field, string BruxellesSocial, string SocialeKaart);
