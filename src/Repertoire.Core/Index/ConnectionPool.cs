using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Repertoire.Core.Index;

/// <summary>
/// Read-only connections to one index file, each with its prepared match statements, reused across
/// queries. Disposing the pool closes idle connections at once and busy ones when they come back, so a
/// retired index never fails a search that is still running on it.
/// </summary>
internal sealed class ConnectionPool : IDisposable
{
    private readonly string _connectionString;
    private readonly ConcurrentBag<IndexConnection> _idle = [];
    private volatile bool _disposed;

    public ConnectionPool(string path)
    {
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            // This pool is the pool: connections must close when the index is retired.
            Pooling = false,
        }.ToString();
    }

    public IndexConnection Rent() => _idle.TryTake(out var connection) ? connection : new IndexConnection(_connectionString);

    public void Return(IndexConnection connection)
    {
        if (_disposed) { connection.Dispose(); return; }
        _idle.Add(connection);
        // Disposed between the check and the add: take it back out and close it.
        if (_disposed) Drain();
    }

    public void Dispose()
    {
        _disposed = true;
        Drain();
    }

    private void Drain()
    {
        while (_idle.TryTake(out var connection)) connection.Dispose();
    }
}
