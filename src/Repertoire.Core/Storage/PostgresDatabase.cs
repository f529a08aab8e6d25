using Npgsql;

namespace Repertoire.Core.Storage;

/// <summary>The shared PostgreSQL database of a cluster: one pooled <see cref="NpgsqlDataSource"/> for every store
/// of the process, and the schema brought up to date when it is opened.</summary>
public sealed class PostgresDatabase : IDisposable
{
    // Any constant shared by every node: pg_advisory_xact_lock on it makes nodes that start together migrate one
    // after the other instead of racing to create the same tables.
    private const long MigrationLockKey = 0x5265_7065_7274_6F69; // "Repertoi"

    private PostgresDatabase(NpgsqlDataSource dataSource, int schemaVersion)
    {
        DataSource = dataSource;
        SchemaVersion = schemaVersion;
    }

    /// <summary>The connection pool.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>The schema version found or reached when the database was opened.</summary>
    public int SchemaVersion { get; }

    /// <summary>The newest schema version this build knows.</summary>
    public static int LatestSchemaVersion => SchemaMigration.All.Count;

    /// <summary>Connects and applies the migrations the database lacks, in one transaction (PostgreSQL's DDL is
    /// transactional, so a failed step leaves the previous version intact).</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="log">Told about each applied step (the site passes its logger).</param>
    public static PostgresDatabase Open(string connectionString, Action<string>? log = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.ApplicationName ??= "repertoire";
        var dataSource = builder.Build();
        try
        {
            return new PostgresDatabase(dataSource, Migrate(dataSource, log ?? (_ => { })));
        }
        catch
        {
            dataSource.Dispose();
            throw;
        }
    }

    private static int Migrate(NpgsqlDataSource dataSource, Action<string> log)
    {
        using var connection = dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLockKey})");
        Execute(connection, transaction, """
            CREATE TABLE IF NOT EXISTS schema_version (
                version    integer     PRIMARY KEY,
                name       text        NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """);
        using var current = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version", connection, transaction);
        var version = (int)current.ExecuteScalar()!;
        if (version > LatestSchemaVersion)
        {
            // A newer node migrated first (a rolling upgrade). Migrations only add, so this build still works
            // on the newer schema; it must not try to undo anything.
            log($"database schema is at version {version}, newer than this build's {LatestSchemaVersion}; leaving it as it is");
            transaction.Commit();
            return version;
        }
        foreach (var migration in SchemaMigration.All.Where(m => m.Version > version))
        {
            Execute(connection, transaction, migration.Sql);
            using var record = new NpgsqlCommand("INSERT INTO schema_version (version, name) VALUES ($1, $2)", connection, transaction);
            record.Parameters.AddWithValue(migration.Version);
            record.Parameters.AddWithValue(migration.Name);
            record.ExecuteNonQuery();
            log($"database schema migrated to version {migration.Version} ({migration.Name})");
            version = migration.Version;
        }
        transaction.Commit();
        return version;
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }

    /// <summary>Closes the pool.</summary>
    public void Dispose() => DataSource.Dispose();
}
