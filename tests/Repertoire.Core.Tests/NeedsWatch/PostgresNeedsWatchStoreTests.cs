using Repertoire.Core.NeedsWatch;
using Repertoire.Core.Records;
using Repertoire.Core.Storage;
using Repertoire.Tests;

namespace Repertoire.Core.Tests.NeedsWatch;

/// <summary>The cluster's needs watch, on a database of its own in the tests' PostgreSQL.</summary>
public sealed class PostgresNeedsWatchStoreTests : NeedsWatchStoreBehaviour, IDisposable
{
    private readonly string _connectionString = PostgresServer.CreateDatabase();
    private readonly PostgresDatabase _database;
    private readonly PostgresNeedsWatchStore _store;

    public PostgresNeedsWatchStoreTests()
    {
        _database = PostgresDatabase.Open(_connectionString);
        _store = new PostgresNeedsWatchStore(_database);
    }

    protected override INeedsWatchStore Store => _store;

    protected override long Scalar(string sql)
    {
        using var command = _database.DataSource.CreateCommand(sql);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task NodesRecordingAndFoldingAtOnceCountEverySearchOnce()
    {
        using var other = PostgresDatabase.Open(_connectionString);
        var nodes = new[] { _store, new PostgresNeedsWatchStore(other) };
        var day = new DateOnly(2025, 3, 3);
        // Each node writes batches sharing the same query texts (in different orders), and both fold meanwhile.
        var writers = nodes.SelectMany((node, n) => Enumerable.Range(0, 10).Select(batch => Task.Run(() => node.Append(
            [.. Enumerable.Range(0, 20).Select(i => new SearchEvent(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero),
                Language.Fr, ["aide-alimentaire"], "jette", i % 3, false, false, (n == 0 ? i : 19 - i) % 4 == 0 ? "colis" : "cpas"))]))));
        var folders = nodes.Select(node => Task.Run(() => node.Fold(new DateOnly(2026, 1, 1))));
        await Task.WhenAll([.. writers, .. folders]);
        nodes[0].Fold(new DateOnly(2026, 1, 1));

        var counts = _store.Read(new NeedsWatchScope(day, day, null, 1));
        Assert.Equal(400, counts.Total.Searches);
        Assert.Equal(400, counts.ByNeed["aide-alimentaire"].Searches);
        Assert.Equal(400, counts.Texts.Sum(t => t.Searches));
    }

    public void Dispose()
    {
        _store.Dispose();
        _database.Dispose();
    }
}
