using Npgsql;
using Repertoire.Core.Storage;

namespace Repertoire.Core.Audit;

/// <summary>The audit trail in the cluster's PostgreSQL database (table <c>audit_event</c>), beside the corrections
/// whose decisions it records in the same transactions. Thread-safe: each call takes a pooled connection.</summary>
public sealed class PostgresAuditTrail : IAuditTrail
{
    private readonly NpgsqlDataSource _data;
    private readonly TimeProvider _time;

    /// <summary>Uses <paramref name="database"/>, whose schema is already migrated.</summary>
    public PostgresAuditTrail(PostgresDatabase database, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        _data = database.DataSource;
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public AuditEntry Record(AuditEntry entry)
    {
        using var connection = _data.OpenConnection();
        return PostgresAuditTable.Insert(connection, null, entry, _time.GetUtcNow());
    }

    /// <inheritdoc />
    public IReadOnlyList<AuditEntry> Find(AuditQuery query) => PostgresAuditTable.Find(_data, query);
}
