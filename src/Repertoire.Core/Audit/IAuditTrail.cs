namespace Repertoire.Core.Audit;

/// <summary>The audit trail: append-only, read newest first. SQLite under the data folder by default
/// (<see cref="SqliteAuditTrail"/>).</summary>
public interface IAuditTrail
{
    /// <summary>Appends an entry (its <see cref="AuditEntry.At"/> is set now) and returns it as stored.</summary>
    AuditEntry Record(AuditEntry entry);

    /// <summary>The entries matching the query, newest first.</summary>
    IReadOnlyList<AuditEntry> Find(AuditQuery query);
}
