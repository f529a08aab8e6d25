using Npgsql;
using Repertoire.Core.Storage;
using Repertoire.Tests;

namespace Repertoire.Core.Tests.Storage;

public sealed class PostgresDatabaseTests
{
    private readonly string _connectionString = PostgresServer.CreateDatabase();

    [Fact]
    public void MigrationsAreNumberedFromOneWithoutGaps() =>
        Assert.Equal(Enumerable.Range(1, SchemaMigration.All.Count), SchemaMigration.All.Select(m => m.Version));

    [Fact]
    public void OpeningAnEmptyDatabaseAppliesEveryMigrationOnceInOrder()
    {
        using (var database = PostgresDatabase.Open(_connectionString))
            Assert.Equal(PostgresDatabase.LatestSchemaVersion, database.SchemaVersion);
        using (var again = PostgresDatabase.Open(_connectionString))
            Assert.Equal(PostgresDatabase.LatestSchemaVersion, again.SchemaVersion);

        Assert.Equal(SchemaMigration.All.Select(m => (m.Version, m.Name)), Query<(int, string)>("SELECT version, name FROM schema_version ORDER BY version", r => (r.GetInt32(0), r.GetString(1))));
    }

    [Fact]
    public async Task NodesStartingTogetherMigrateOnce()
    {
        var opened = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => PostgresDatabase.Open(_connectionString))));
        foreach (var database in opened) database.Dispose();

        Assert.All(opened, d => Assert.Equal(PostgresDatabase.LatestSchemaVersion, d.SchemaVersion));
        Assert.Equal(PostgresDatabase.LatestSchemaVersion, Query("SELECT COUNT(*) FROM schema_version", r => (int)r.GetInt64(0)).Single());
    }

    [Fact]
    public void SchemaNewerThanTheBuildIsLeftAlone()
    {
        using (PostgresDatabase.Open(_connectionString)) { }
        Execute($"INSERT INTO schema_version (version, name) VALUES ({PostgresDatabase.LatestSchemaVersion + 1}, 'from_a_newer_node')");
        var messages = new List<string>();

        using var database = PostgresDatabase.Open(_connectionString, messages.Add);

        Assert.Equal(PostgresDatabase.LatestSchemaVersion + 1, database.SchemaVersion);
        Assert.Contains(messages, m => m.Contains("newer than this build", StringComparison.Ordinal));
    }

    [Fact]
    public void UnreachableServerFailsWithTheConnectionError()
    {
        var nowhere = new NpgsqlConnectionStringBuilder(_connectionString) { Port = 1, Timeout = 2 }.ToString();
        Assert.ThrowsAny<NpgsqlException>(() => PostgresDatabase.Open(nowhere));
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private List<T> Query<T>(string sql, Func<NpgsqlDataReader, T> read)
    {
        using var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }
}
