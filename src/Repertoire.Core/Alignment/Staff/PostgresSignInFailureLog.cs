using Npgsql;
using Repertoire.Core.Storage;

namespace Repertoire.Core.Alignment.Staff;

/// <summary>Failed sign-ins in the cluster's PostgreSQL database (table <c>sign_in_failure</c>), counted by every
/// node. A sign-in is rare next to a search, so the round trip it costs is not on any hot path. Thread-safe.</summary>
public sealed class PostgresSignInFailureLog(PostgresDatabase database) : ISignInFailureLog
{
    private readonly NpgsqlDataSource _data = database.DataSource;

    /// <inheritdoc />
    public int Count(string key, DateTimeOffset since)
    {
        using var command = _data.CreateCommand("SELECT COUNT(*) FROM sign_in_failure WHERE key = $1 AND at >= $2");
        command.Parameters.AddWithValue(key);
        command.Parameters.AddWithValue(since.ToUniversalTime());
        return checked((int)(long)command.ExecuteScalar()!);
    }

    /// <inheritdoc />
    public void Add(IReadOnlyCollection<string> keys, DateTimeOffset at, DateTimeOffset expireBefore)
    {
        using var connection = _data.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using (var insert = new NpgsqlCommand("INSERT INTO sign_in_failure (key, at) SELECT unnest($1::text[]), $2", connection, transaction))
        {
            insert.Parameters.AddWithValue(keys.ToArray());
            insert.Parameters.AddWithValue(at.ToUniversalTime());
            insert.ExecuteNonQuery();
        }
        // Every node expires old rows as it writes: no background job needed, and the table stays the window's size.
        using (var expire = new NpgsqlCommand("DELETE FROM sign_in_failure WHERE at < $1", connection, transaction))
        {
            expire.Parameters.AddWithValue(expireBefore.ToUniversalTime());
            expire.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <inheritdoc />
    public void Forget(string key)
    {
        using var command = _data.CreateCommand("DELETE FROM sign_in_failure WHERE key = $1");
        command.Parameters.AddWithValue(key);
        command.ExecuteNonQuery();
    }
}
