namespace Repertoire.Core.Audit;

/// <summary>Which audit entries to read, newest first.</summary>
public sealed record AuditQuery
{
    /// <summary>Only this kind of subject.</summary>
    public AuditSubject? Kind { get; init; }

    /// <summary>Only this subject (a listing id, an account name...).</summary>
    public string? Subject { get; init; }

    /// <summary>Only this actor.</summary>
    public string? Actor { get; init; }

    /// <summary>Only entries of these basins (staff assigned to basins); null: every entry.</summary>
    public IReadOnlyCollection<string>? Basins { get; init; }

    /// <summary>Whether account entries are included (administrators only).</summary>
    public bool IncludeAccounts { get; init; }

    /// <summary>At most this many entries.</summary>
    public int Limit { get; init; } = 500;
}
