using Microsoft.Data.Sqlite;
using Repertoire.Core.Alignment.Decisions;
using Repertoire.Core.Corrections;

namespace Repertoire.Core.Audit;

/// <summary>The audit trail in SQLite (<c>DATA/corrections.db</c>, beside the corrections whose decisions it records
/// in the same transactions). Thread-safe.</summary>
public sealed class SqliteAuditTrail : IAuditTrail, IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();

    /// <summary>Opens (and if needed creates) the database at <paramref name="path"/>.</summary>
    public SqliteAuditTrail(string path, TimeProvider? time = null)
    {
        _connection = SqliteDatabase.Open(path, SqliteCorrectionStore.Schema);
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public AuditEntry Record(AuditEntry entry)
    {
        lock (_lock) return AuditTable.Insert(_connection, null, entry, _time.GetUtcNow());
    }

    /// <inheritdoc />
    public IReadOnlyList<AuditEntry> Find(AuditQuery query)
    {
        lock (_lock) return AuditTable.Find(_connection, query);
    }

    /// <summary>Closes the database.</summary>
    public void Dispose() => _connection.Dispose();
}
