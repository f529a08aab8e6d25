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

    // need = '*' holds the month's searches (each once), need = '' those that named no need.
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS search_event (
            id             INTEGER PRIMARY KEY,
            hour           TEXT NOT NULL,
            lang           TEXT NOT NULL,
            place          TEXT NOT NULL,
            results        INTEGER NOT NULL,
            only_elsewhere INTEGER NOT NULL,
            staff          INTEGER NOT NULL
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
    }

    /// <summary><c>DATA/needs-watch.db</c>.</summary>
    public static string PathIn(string dataPath) => Path.Combine(dataPath, FileName);

    /// <inheritdoc />
    public void Append(IReadOnlyList<SearchEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0) return;
        lock (_lock)
        {
            using var transaction = _connection.BeginTransaction();
            using var insert = Command(transaction, """
                INSERT INTO search_event (hour, lang, place, results, only_elsewhere, staff)
                VALUES ($hour, $lang, $place, $results, $elsewhere, $staff) RETURNING id
                """, "$hour", "$lang", "$place", "$results", "$elsewhere", "$staff");
            using var need = Command(transaction, "INSERT OR IGNORE INTO search_event_need (event_id, need) VALUES ($id, $need)", "$id", "$need");
            using var text = Command(transaction, """
                INSERT INTO search_text (day, folded, place, text, staff, searches) VALUES ($day, 0, $place, $text, $staff, 1)
                ON CONFLICT (day, folded, place, text, staff) DO UPDATE SET searches = searches + 1
                """, "$day", "$place", "$text", "$staff");
            foreach (var e in events)
            {
                insert.Parameters[0].Value = HourText(e.Hour);
                insert.Parameters[1].Value = e.Lang.Code();
                insert.Parameters[2].Value = e.Place;
                insert.Parameters[3].Value = e.Results;
                insert.Parameters[4].Value = e.OnlyElsewhere ? 1 : 0;
                insert.Parameters[5].Value = e.Staff ? 1 : 0;
                var id = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
                foreach (var n in e.Needs)
                {
                    need.Parameters[0].Value = id;
                    need.Parameters[1].Value = n;
                    need.ExecuteNonQuery();
                }
                if (e.QueryText is { Length: > 0 } query)
                {
                    text.Parameters[0].Value = DayText(DateOnly.FromDateTime(SearchEvent.HourOf(e.Hour).DateTime));
                    text.Parameters[1].Value = e.Place;
                    text.Parameters[2].Value = query;
                    text.Parameters[3].Value = e.Staff ? 1 : 0;
                    text.ExecuteNonQuery();
                }
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
                SELECT substr(e.hour, 1, 7), e.lang, e.place, n.need, e.staff, COUNT(*), SUM(e.results = 0), SUM(e.only_elsewhere)
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
            var folded = Execute(transaction, "DELETE FROM search_event WHERE hour < $hour", ("$hour", hour));
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
                SELECT e.staff, COUNT(*), SUM(e.results = 0), SUM(e.only_elsewhere),
                       SUM(NOT EXISTS (SELECT 1 FROM search_event_need n WHERE n.event_id = e.id))
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
                SELECT n.need, COUNT(*), SUM(e.results = 0), SUM(e.only_elsewhere)
                FROM search_event e JOIN search_event_need n ON n.event_id = e.id
                WHERE e.staff = 0 AND {eventWhere} GROUP BY n.need
                UNION ALL
                SELECT e.need, SUM(searches), SUM(nothing_found), SUM(only_elsewhere)
                FROM search_month e WHERE e.staff = 0 AND e.need NOT IN ('*', '') AND {monthWhere} GROUP BY e.need
                """, parameters, r => byNeed[r.GetString(0)] = byNeed.GetValueOrDefault(r.GetString(0)) + Tally(r, 1));

            var days = new List<(DateOnly, SearchTally)>();
            Query(read, $"""
                SELECT substr(e.hour, 1, 10), COUNT(*), SUM(e.results = 0), SUM(e.only_elsewhere)
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

    private static string HourText(DateTimeOffset hour) =>
        SearchEvent.HourOf(hour).ToString("yyyy-MM-dd'T'HH", CultureInfo.InvariantCulture);

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
