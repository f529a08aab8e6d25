using Microsoft.Data.Sqlite;
using Repertoire.Core.NeedsWatch;
using Repertoire.Core.Records;

namespace Repertoire.Core.Tests.NeedsWatch;

/// <summary>The single machine's needs watch (<c>DATA/needs-watch.db</c>).</summary>
public sealed class SqliteNeedsWatchStoreTests : NeedsWatchStoreBehaviour, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "repertoire-tests", Guid.NewGuid().ToString("n"), "needs-watch.db");
    private readonly SqliteNeedsWatchStore _store;

    public SqliteNeedsWatchStoreTests() => _store = new SqliteNeedsWatchStore(_path);

    protected override INeedsWatchStore Store => _store;

    protected override long Scalar(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void AFileWrittenBeforeRowsWereGroupedCountsEachOldRowAsOneSearch()
    {
        // The tables as the first version created them: one row per search, no searches column.
        var path = Path.Combine(Path.GetDirectoryName(_path)!, "old", "needs-watch.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var old = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = """
                CREATE TABLE search_event (id INTEGER PRIMARY KEY, hour TEXT NOT NULL, lang TEXT NOT NULL, place TEXT NOT NULL,
                    results INTEGER NOT NULL, only_elsewhere INTEGER NOT NULL, staff INTEGER NOT NULL);
                CREATE TABLE search_event_need (event_id INTEGER NOT NULL REFERENCES search_event (id) ON DELETE CASCADE,
                    need TEXT NOT NULL, PRIMARY KEY (event_id, need)) WITHOUT ROWID;
                INSERT INTO search_event (hour, lang, place, results, only_elsewhere, staff) VALUES
                    ('2026-05-01T10', 'fr', 'jette', 0, 0, 0), ('2026-05-01T10', 'fr', 'jette', 0, 0, 0), ('2026-05-01T11', 'nl', 'jette', 3, 1, 0);
                INSERT INTO search_event_need VALUES (1, 'aide-alimentaire'), (2, 'aide-alimentaire');
                """;
            create.ExecuteNonQuery();
        }
        var may = new DateOnly(2026, 5, 1);

        using (var store = new SqliteNeedsWatchStore(path))
        {
            store.Append([new SearchEvent(new DateTimeOffset(2026, 5, 1, 8, 5, 0, TimeSpan.Zero), Language.Fr, ["aide-alimentaire"], "jette", 0, false, false, null)]);
            var counts = store.Read(new NeedsWatchScope(may, may, null, 1));

            Assert.Equal(new SearchTally(4, 3, 1), counts.Total);
            Assert.Equal(new SearchTally(3, 3, 0), counts.ByNeed["aide-alimentaire"]);
            Assert.Equal(1, counts.NoNeed);
        }
        // Opening it again finds the column there and changes nothing.
        using (var again = new SqliteNeedsWatchStore(path))
            Assert.Equal(4, again.Read(new NeedsWatchScope(may, may, null, 1)).Total.Searches);
    }

    public void Dispose()
    {
        _store.Dispose();
        try { Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true); }
        catch (IOException) { }
    }
}
