namespace Repertoire.Core.Alignment.Decisions;

/// <summary>Where staff decisions about pairs live: a SQLite file on one machine (<see cref="DecisionStore"/>),
/// PostgreSQL for a cluster (<see cref="PostgresDecisionStore"/>). Implementations are thread-safe, and every
/// change is appended to the pair's history in the same transaction.</summary>
public interface IDecisionStore : IDisposable
{
    /// <summary>Confirms the pair. A confirmation is one-to-one: earlier confirmations of either record with
    /// another partner are withdrawn in the same transaction (and logged).</summary>
    AlignmentDecision Confirm(string bruxellesSocialId, string socialeKaartId, string decidedBy, string? note = null);

    /// <summary>Rejects the pair: the matcher will never propose it again.</summary>
    AlignmentDecision Reject(string bruxellesSocialId, string socialeKaartId, string decidedBy, string? note = null);

    /// <summary>Leaves a note on the pair without changing its verdict.</summary>
    AlignmentDecision Note(string bruxellesSocialId, string socialeKaartId, string decidedBy, string note);

    /// <summary>Withdraws the verdict (the pair goes back to the matcher), keeping the note.</summary>
    AlignmentDecision Withdraw(string bruxellesSocialId, string socialeKaartId, string decidedBy);

    /// <summary>The decision about a pair, or null.</summary>
    AlignmentDecision? Find(string bruxellesSocialId, string socialeKaartId);

    /// <summary>Every decision, oldest first.</summary>
    IReadOnlyList<AlignmentDecision> All();

    /// <summary>A number that grows with every change, wherever it was made (the history's last id): a cache of
    /// the alignment compares it to see whether another process or node has decided since.</summary>
    long Version();

    /// <summary>The log of a pair's changes, oldest first: (action, note, who, when).</summary>
    IReadOnlyList<(string Action, string? Note, string DecidedBy, DateTimeOffset DecidedAt)> History(string bruxellesSocialId, string socialeKaartId);
}
