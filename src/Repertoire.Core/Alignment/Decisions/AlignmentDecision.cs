namespace Repertoire.Core.Alignment.Decisions;

/// <summary>The current decision about one pair of directory records, keyed by the directories' own ids so
/// that it survives re-imports.</summary>
/// <param name="BruxellesSocialId">The Bruxelles-Social id.</param>
/// <param name="SocialeKaartId">The Sociale Kaart id.</param>
/// <param name="Verdict">Confirmed, rejected, or null when only a note was left.</param>
/// <param name="Note">The latest note, if any.</param>
/// <param name="DecidedBy">Who made the latest change.</param>
/// <param name="DecidedAt">When (UTC).</param>
public sealed record AlignmentDecision(
    string BruxellesSocialId,
    string SocialeKaartId,
    DecisionVerdict? Verdict,
    string? Note,
    string DecidedBy,
    DateTimeOffset DecidedAt);
