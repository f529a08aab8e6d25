using System.Globalization;
using Microsoft.Data.Sqlite;
using Repertoire.Core.Alignment.Decisions;
using Repertoire.Core.Records;

namespace Repertoire.Core.NeedsWatch;

/// <summary>
/// The needs watch in an SQLite file under the data folder (<c>DATA/needs-watch.db</c>), opened the way the staff
/// stores open theirs. Events are rows with their needs beside them; query texts are only counts per day and
/// place; events past the retention become counts per month, place, language and need. Thread-safe.
/// </summary>
public sealed class SqliteNeedsWatchStore : INeedsWatchStore
{
    /// <summary>The file's name under the data folder.</summary>
    public const string FileName = "needs-watch.db";

    // A search_event row stands for `searches` identical searches of its hour (SearchEventBatch). need = '*' holds the
    // month's searches (each once), need = '' those that named no need.
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS search_event (
            id             INTEGER PRIMARY KEY,
            hour           TEXT NOT NULL,
            lang           TEXT NOT NULL,
            place          TEXT NOT NULL,
            results        INTEGER NOT NULL,
            only_elsewhere INTEGER NOT NULL,
            staff          INTEGER NOT NULL,
            searches       INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX IF NOT EXISTS search_event_hour ON search_event (hour);
        CREATE TABLE IF NOT EXISTS search_event_need (
            event_id INTEGER NOT NULL REFERENCES search_event (id) ON DELETE CASCADE,
            need     TEXT NOT NULL,
            PRIMARY KEY (event_id, need)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS search_month (
            month          TEXT NOT NULL,
            lang           TEXT NOT NULL,
            place          TEXT NOT NULL,
            need           TEXT NOT NULL,
            staff          INTEGER NOT NULL,
            searches       INTEGER NOT NULL,
            nothing_found  INTEGER NOT NULL,
            only_elsewhere INTEGER NOT NULL,
            PRIMARY KEY (month, lang, place, need, staff)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS search_text (
            day      TEXT NOT NULL,
            folded   INTEGER NOT NULL,
            place    TEXT NOT NULL,
            text     TEXT NOT NULL,
            staff    INTEGER NOT NULL,
            searches INTEGER NOT NULL,
            PRIMARY KEY (day, folded, place, text, staff)
        ) WITHOUT ROWID;
        """;

    private readonly SqliteConnection _connection;
    private readonly Lock _lock = new();

    /// <summary>Opens (and if needed creates) the store at <paramref name="path"/>.</summary>
    public SqliteNeedsWatchStore(string path)
    {
        _connection = SqliteDatabase.Open(path, Schema);
        using var pragma = _connection.CreateCommand();
        // Statistics, not records: in WAL mode NORMAL never corrupts the file, and a power cut may lose only the last
        // batches, while a sync per batch would make the writer the costliest part of a search.
        pragma.CommandText = "PRAGMA synchronous = NORMAL";
        pragma.ExecuteNonQuery();
        AddSearchesColumn(_connection);
    }

    // Files written before rows were grouped (one row per search) lack the column: each of their rows is one search,
    // which is the column's default.
    private static void AddSearchesColumn(SqliteConnection connection)
    {
        using var has = connection.CreateCommand();
        has.CommandText = "SELECT COUNT(*) FROM pragma_table_info('search_event') WHERE name = 'searches'";
        if (Convert.ToInt64(has.ExecuteScalar(), CultureInfo.InvariantCulture) > 0) return;
        using var add = connection.CreateCommand();
        add.CommandText = "ALTER TABLE search_event ADD COLUMN searches INTEGER NOT NULL DEFAULT 1";
        add.ExecuteNonQuery();
    }

    /// <summary><c>DATA/needs-watch.db</c>.</summary>
    public static string PathIn(string dataPath) => Path.Combine(dataPath, FileName);

    /// <inheritdoc />
    public void Append(IReadOnlyList<SearchEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0) return;
        var batch = SearchEventBatch.Of(events);
        lock (_lock)
        {
            using var transaction = _connection.BeginTransaction();
            // Ids are given here, not returned by each insert: reading a RETURNING clause back through a data reader
            // cost four times the insert itself (about 15 µs a row against 4). The lock and the transaction make this
            // connection the file's only writer.
            using var next = Command(transaction, "SELECT COALESCE(MAX(id), 0) + 1 FROM search_event");
            var id = Convert.ToInt64(next.ExecuteScalar(), CultureInfo.InvariantCulture);
            using var insert = Command(transaction, """
                INSERT INTO search_event (id, hour, lang, place, results, only_elsewhere, staff, searches)
                VALUES ($id, $hour, $lang, $place, $results, $elsewhere, $staff, $searches)
                """, "$id", "$hour", "$lang", "$place", "$results", "$elsewhere", "$staff", "$searches");
            using var need = Command(transaction, "INSERT INTO search_event_need (event_id, need) VALUES ($id, $need)", "$id", "$need");
            using var text = Command(transaction, """
                INSERT INTO search_text (day, folded, place, text, staff, searches) VALUES ($day, 0, $place, $text, $staff, $searches)
                ON CONFLICT (day, folded, place, text, staff) DO UPDATE SET searches = searches + excluded.searches
                """, "$day", "$place", "$text", "$staff", "$searches");
            foreach (var row in batch.Rows)
            {
                insert.Parameters[0].Value = id;
                insert.Parameters[1].Value = row.Hour;
                insert.Parameters[2].Value = row.Lang;
                insert.Parameters[3].Value = row.Place;
                insert.Parameters[4].Value = row.Results;
                insert.Parameters[5].Value = row.OnlyElsewhere ? 1 : 0;
                insert.Parameters[6].Value = row.Staff ? 1 : 0;
                insert.Parameters[7].Value = row.Searches;
                insert.ExecuteNonQuery();
                foreach (var n in row.Needs)
                {
                    need.Parameters[0].Value = id;
                    need.Parameters[1].Value = n;
                    need.ExecuteNonQuery();
                }
                id++;
            }
            foreach (var t in batch.Texts)
            {
                text.Parameters[0].Value = t.Day;
                text.Parameters[1].Value = t.Place;
                text.Parameters[2].Value = t.Text;
                text.Parameters[3].Value = t.Staff ? 1 : 0;
                text.Parameters[4].Value = t.Searches;
                text.ExecuteNonQuery();
            }
            transaction.Commit();
        }
    }

    /// <inheritdoc />
    public int Fold(DateOnly before)
    {
        var hour = DayText(before) + "T00";
        var day = DayText(before);
        lock (_lock)
        {
            using var transaction = _connection.BeginTransaction();
            // Every event once under '*', under each of its needs, and under '' when it named none.
            Execute(transaction, """
                INSERT INTO search_month (month, lang, place, need, staff, searches, nothing_found, only_elsewhere)
                SELECT substr(e.hour, 1, 7), e.lang, e.place, n.need, e.staff,
                       SUM(e.searches), SUM((e.results = 0) * e.searches), SUM(e.only_elsewhere * e.searches)
                FROM search_event e
                JOIN (SELECT event_id, need FROM search_event_need
                      UNION ALL SELECT id, '*' FROM search_event WHERE hour < $hour
                      UNION ALL SELECT id, '' FROM search_event x WHERE hour < $hour
                          AND NOT EXISTS (SELECT 1 FROM search_event_need y WHERE y.event_id = x.id)) n ON n.event_id = e.id
                WHERE e.hour < $hour
                GROUP BY 1, 2, 3, 4, 5
                ON CONFLICT (month, lang, place, need, staff) DO UPDATE SET
                    searches = searches + excluded.searches,
                    nothing_found = nothing_found + excluded.nothing_found,
                    only_elsewhere = only_elsewhere + excluded.only_elsewhere
                """, ("$hour", hour));
            var folded = Convert.ToInt32(Scalar(transaction, "SELECT COALESCE(SUM(searches), 0) FROM search_event WHERE hour < $hour", ("$hour", hour)),
                CultureInfo.InvariantCulture);
            Execute(transaction, "DELETE FROM search_event WHERE hour < $hour", ("$hour", hour));
            Execute(transaction, """
                INSERT INTO search_text (day, folded, place, text, staff, searches)
                SELECT substr(day, 1, 7) || '-01', 1, place, text, staff, SUM(searches)
                FROM search_text WHERE folded = 0 AND day < $day
                GROUP BY 1, 3, 4, 5
                ON CONFLICT (day, folded, place, text, staff) DO UPDATE SET searches = searches + excluded.searches
                """, ("$day", day));
            Execute(transaction, "DELETE FROM search_text WHERE folded = 0 AND day < $day", ("$day", day));
            transaction.Commit();
            return folded;
        }
    }

    /// <inheritdoc />
    public NeedsWatchCounts Read(NeedsWatchScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var fromHour = DayText(scope.From) + "T00";
        var toHour = DayText(scope.To.AddDays(1)) + "T00";
        var fromMonth = scope.From.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var toMonth = scope.To.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        lock (_lock)
        {
            using var read = _connection.BeginTransaction(deferred: true);
            var placeFilter = PlaceFilter(scope.Places, "e.place");
            var eventWhere = $"e.hour >= $from AND e.hour < $to{placeFilter}";
            var monthWhere = $"e.month >= $fromMonth AND e.month <= $toMonth{placeFilter}";
            var parameters = Parameters(scope.Places, ("$from", fromHour), ("$to", toHour), ("$fromMonth", fromMonth), ("$toMonth", toMonth));

            var total = default(SearchTally);
            var staff = 0;
            var noNeed = 0;
            Query(read, $"""
                SELECT e.staff, SUM(e.searches), SUM((e.results = 0) * e.searches), SUM(e.only_elsewhere * e.searches),
                       SUM(NOT EXISTS (SELECT 1 FROM search_event_need n WHERE n.event_id = e.id) * e.searches)
                FROM search_event e WHERE {eventWhere} GROUP BY e.staff
                UNION ALL
                SELECT e.staff, SUM(searches), SUM(nothing_found), SUM(only_elsewhere), 0
                FROM search_month e WHERE e.need = '*' AND {monthWhere} GROUP BY e.staff
                UNION ALL
                SELECT 0, 0, 0, 0, SUM(searches) FROM search_month e WHERE e.need = '' AND e.staff = 0 AND {monthWhere}
                """, parameters, r =>
            {
                if (r.GetInt64(0) == 1) staff += Int(r, 1);
                else
                {
                    total += Tally(r, 1);
                    noNeed += Int(r, 4);
                }
            });

            var byNeed = new Dictionary<string, SearchTally>(StringComparer.Ordinal);
            Query(read, $"""
                SELECT n.need, SUM(e.searches), SUM((e.results = 0) * e.searches), SUM(e.only_elsewhere * e.searches)
                FROM search_event e JOIN search_event_need n ON n.event_id = e.id
                WHERE e.staff = 0 AND {eventWhere} GROUP BY n.need
                UNION ALL
                SELECT e.need, SUM(searches), SUM(nothing_found), SUM(only_elsewhere)
                FROM search_month e WHERE e.staff = 0 AND e.need NOT IN ('*', '') AND {monthWhere} GROUP BY e.need
                """, parameters, r => byNeed[r.GetString(0)] = byNeed.GetValueOrDefault(r.GetString(0)) + Tally(r, 1));

            var days = new List<(DateOnly, SearchTally)>();
            Query(read, $"""
                SELECT substr(e.hour, 1, 10), SUM(e.searches), SUM((e.results = 0) * e.searches), SUM(e.only_elsewhere * e.searches)
                FROM search_event e WHERE e.staff = 0 AND {eventWhere} GROUP BY 1 ORDER BY 1
                """, parameters, r => days.Add((DateOnly.ParseExact(r.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture), Tally(r, 1))));

            var texts = new List<(string, int)>();
            var textParameters = Parameters(scope.Places, ("$fromDay", DayText(scope.From)), ("$toDay", DayText(scope.To)),
                ("$fromMonth", fromMonth), ("$toMonth", toMonth), ("$min", Math.Max(1, scope.MinTextCount)));
            Query(read, $"""
                SELECT e.text, SUM(e.searches) FROM search_text e
                WHERE e.staff = 0{placeFilter} AND (e.folded = 0 AND e.day >= $fromDay AND e.day <= $toDay
                    OR e.folded = 1 AND substr(e.day, 1, 7) >= $fromMonth AND substr(e.day, 1, 7) <= $toMonth)
                GROUP BY e.text HAVING SUM(e.searches) >= $min ORDER BY 2 DESC, 1 LIMIT 500
                """, textParameters, r => texts.Add((r.GetString(0), Int(r, 1))));
            return new NeedsWatchCounts(total, noNeed, staff, byNeed, days, texts);
        }
    }

    /// <summary>Closes the file.</summary>
    public void Dispose() => _connection.Dispose();

    private static string DayText(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int Int(SqliteDataReader r, int i) => r.IsDBNull(i) ? 0 : checked((int)r.GetInt64(i));

    private static SearchTally Tally(SqliteDataReader r, int first) => new(Int(r, first), Int(r, first + 1), Int(r, first + 2));

    // Places become numbered parameters, never text in the SQL.
    private static string PlaceFilter(IReadOnlyCollection<string>? places, string column) =>
        places is null ? "" : $" AND {column} IN ({string.Join(", ", places.Select((_, i) => "$p" + i).DefaultIfEmpty("NULL"))})";

    private static List<(string, object)> Parameters(IReadOnlyCollection<string>? places, params (string, object)[] named)
    {
        var list = new List<(string, object)>(named);
        if (places is not null) list.AddRange(places.Select((p, i) => ("$p" + i, (object)p)));
        return list;
    }

    private SqliteCommand Command(SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        return command;
    }

    private int Execute(SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command.ExecuteNonQuery();
    }

    private object? Scalar(SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command.ExecuteScalar();
    }

    private void Query(SqliteTransaction transaction, string sql, List<(string Name, object Value)> parameters, Action<SqliteDataReader> row)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        // Parameters the statement does not use are ignored.
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        using var reader = command.ExecuteReader();
        while (reader.Read()) row(reader);
    }
}
