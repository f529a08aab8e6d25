namespace Repertoire.Core.Corrections;

/// <summary>A staff decision on a correction, with the values for the audit trail.</summary>
/// <param name="Id">The correction.</param>
/// <param name="Status">Accepted, rejected or to contact.</param>
/// <param name="DecidedBy">The staff user name.</param>
/// <param name="Note">The reason of a rejection, or a note.</param>
/// <param name="Field">The field written (may differ from the reported one when staff chose another).</param>
/// <param name="Before">The field's value before.</param>
/// <param name="After">The value written.</param>
public sealed record CorrectionDecision(long Id, CorrectionStatus Status, string DecidedBy, string? Note = null,
    string? Field = null, string? Before = null, string? After = null);
