namespace Repertoire.Core.Corrections;

/// <summary>A visitor's report of an error on a listing, and what staff decided. The visitor's text is kept as typed
/// (control characters removed) and is only ever shown as text.</summary>
public sealed record Correction
{
    public long Id { get; init; }

    /// <summary>The listing reported.</summary>
    public required string ListingId { get; init; }

    /// <summary>The listing's basin when reported (decides which staff see it); null for region-wide listings.</summary>
    public string? Basin { get; init; }

    /// <summary>The field said to be wrong (<see cref="CorrectionField.Id"/>).</summary>
    public required string Field { get; init; }

    /// <summary>The visitor's language, <c>fr</c> or <c>nl</c>: the language of a per-language field.</summary>
    public required string Language { get; init; }

    /// <summary>What is wrong, in the visitor's words.</summary>
    public string Problem { get; init; } = "";

    /// <summary>The right value, as the visitor gave it.</summary>
    public string Proposed { get; init; } = "";

    /// <summary>An address for follow-up, if the visitor gave one (staff only).</summary>
    public string? Email { get; init; }

    /// <summary>The field's value when the report was made.</summary>
    public string? CurrentAtReport { get; init; }

    public DateTimeOffset ReportedAt { get; init; }

    public CorrectionStatus Status { get; init; }

    public string? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>The reason of a rejection, or a note.</summary>
    public string? DecisionNote { get; init; }

    /// <summary>The value written when accepted (staff may have edited it).</summary>
    public string? AppliedValue { get; init; }

    /// <summary>Whether staff still have to act.</summary>
    public bool IsPending => Status is CorrectionStatus.Open or CorrectionStatus.ToContact;
}
