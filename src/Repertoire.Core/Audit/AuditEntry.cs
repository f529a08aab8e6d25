namespace Repertoire.Core.Audit;

/// <summary>One staff action (or a visitor's report) in the audit trail: who, when, on what, and the values before
/// and after.</summary>
public sealed record AuditEntry
{
    /// <summary>The entry's number, in the order recorded (0 before it is stored).</summary>
    public long Id { get; init; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>The staff user name, or <see cref="Visitor"/> for a report from the public site.</summary>
    public required string Actor { get; init; }

    /// <summary>What was done: see <see cref="AuditActions"/>.</summary>
    public required string Action { get; init; }

    /// <summary>What kind of thing was acted on.</summary>
    public required AuditSubject Kind { get; init; }

    /// <summary>The listing id, the account name, or the pair of directory ids.</summary>
    public required string Subject { get; init; }

    /// <summary>The listing's basin, which decides who may read the entry; null when none.</summary>
    public string? Basin { get; init; }

    /// <summary>The field concerned, if any (<c>phones</c>, <c>name.fr</c>, <c>verified</c>, <c>password</c>...).</summary>
    public string? Field { get; init; }

    /// <summary>The value before the action.</summary>
    public string? Before { get; init; }

    /// <summary>The value after the action.</summary>
    public string? After { get; init; }

    /// <summary>A reason, a note, or what the visitor said was wrong.</summary>
    public string? Note { get; init; }

    /// <summary>The correction the entry belongs to, if any.</summary>
    public long? CorrectionId { get; init; }

    /// <summary>The actor of reports from the public site.</summary>
    public const string Visitor = "visitor";
}
