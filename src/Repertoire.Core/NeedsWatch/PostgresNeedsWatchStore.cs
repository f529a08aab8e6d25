using System.Data;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;
using Repertoire.Core.Records;
using Repertoire.Core.Storage;

namespace Repertoire.Core.NeedsWatch;

/// <summary>
/// The needs watch in the cluster's PostgreSQL database (migration 006), with the tables and counting rules of
/// <see cref="SqliteNeedsWatchStore"/>, written by every node. Safe across nodes: a batch adds its text counts in one
/// fixed order (two nodes' batches cannot deadlock on each other's rows), folding holds off writes while it runs (no
/// event is deleted uncounted, none counted twice), and a page reads one snapshot. Thread-safe.
/// </summary>
public sealed class PostgresNeedsWatchStore(PostgresDatabase database) : INeedsWatchStore
{
    private readonly NpgsqlDataSource _data = database.DataSource;

    /// <inheritdoc />
    public void Append(IReadOnlyList<SearchEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0) return;
        using var connection = _data.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using var insert = new NpgsqlCommand("""
            INSERT INTO search_event (hour, lang, place, results, only_elsewhere, staff)
            VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
            """, connection, transaction);
        using var need = new NpgsqlCommand("INSERT INTO search_event_need (event_id, need) VALUES ($1, $2) ON CONFLICT DO NOTHING", connection, transaction);
        foreach (var e in events)
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue(HourText(e.Hour));
            insert.Parameters.AddWithValue(e.Lang.Code());
            insert.Parameters.AddWithValue(e.Place);
            insert.Parameters.AddWithValue(e.Results);
            insert.Parameters.AddWithValue(e.OnlyElsewhere ? 1 : 0);
            insert.Parameters.AddWithValue(e.Staff ? 1 : 0);
            var id = (long)insert.ExecuteScalar()!;
            foreach (var n in e.Needs)
            {
                need.Parameters.Clear();
                need.Parameters.AddWithValue(id);
                need.Parameters.AddWithValue(n);
                need.ExecuteNonQuery();
            }
        }
        // One upsert per distinct (day, place, text, staff) of the batch, in ordinal order: rows are then locked in
        // the same order by every node, which rules out deadlocks between two nodes' batches.
        var texts = events
            .Where(e => e.QueryText is { Length: > 0 })
            .GroupBy(e => (Day: DayText(DateOnly.FromDateTime(SearchEvent.HourOf(e.Hour).DateTime)), e.Place, Text: e.QueryText!, Staff: e.Staff ? 1 : 0))
            .OrderBy(g => g.Key.Day, StringComparer.Ordinal).ThenBy(g => g.Key.Place, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Text, StringComparer.Ordinal).ThenBy(g => g.Key.Staff);
        using var text = new NpgsqlCommand("""
            INSERT INTO search_text (day, folded, place, text, staff, searches) VALUES ($1, 0, $2, $3, $4, $5)
            ON CONFLICT (day, folded, place, text, staff) DO UPDATE SET searches = search_text.searches + excluded.searches
            """, connection, transaction);
        foreach (var group in texts)
        {
            text.Parameters.Clear();
            text.Parameters.AddWithValue(group.Key.Day);
            text.Parameters.AddWithValue(group.Key.Place);
            text.Parameters.AddWithValue(group.Key.Text);
            text.Parameters.AddWithValue(group.Key.Staff);
            text.Parameters.AddWithValue(group.Count());
            text.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <inheritdoc />
    public int Fold(DateOnly before)
    {
        var hour = DayText(before) + "T00";
        var day = DayText(before);
        using var connection = _data.OpenConnection();
        using var transaction = connection.BeginTransaction();
        // Writes wait while a fold runs (reads go on): otherwise a batch committed between the INSERT that counts the
        // old events and the DELETE that drops them would be deleted uncounted, as each statement of a READ COMMITTED
        // transaction sees the rows committed before it began. A second node folding at the same time waits here too,
        // and then finds the events already folded. Folding runs once a day; a waiting batch only waits.
        Execute(connection, transaction, "LOCK TABLE search_event, search_event_need, search_text IN EXCLUSIVE MODE");
        // Every event once under '*', under each of its needs, and under '' when it named none.
        Execute(connection, transaction, """
            INSERT INTO search_month (month, lang, place, need, staff, searches, nothing_found, only_elsewhere)
            SELECT substr(e.hour, 1, 7), e.lang, e.place, n.need, e.staff,
                   COUNT(*), COUNT(*) FILTER (WHERE e.results = 0), SUM(e.only_elsewhere)
            FROM search_event e
            JOIN (SELECT event_id, need FROM search_event_need
                  UNION ALL SELECT id, '*' FROM search_event WHERE hour < @hour
                  UNION ALL SELECT id, '' FROM search_event x WHERE hour < @hour
                      AND NOT EXISTS (SELECT 1 FROM search_event_need y WHERE y.event_id = x.id)) n ON n.event_id = e.id
            WHERE e.hour < @hour
            GROUP BY 1, 2, 3, 4, 5
            ON CONFLICT (month, lang, place, need, staff) DO UPDATE SET
                searches = search_month.searches + excluded.searches,
                nothing_found = search_month.nothing_found + excluded.nothing_found,
                only_elsewhere = search_month.only_elsewhere + excluded.only_elsewhere
            """, ("hour", hour));
        var folded = Execute(connection, transaction, "DELETE FROM search_event WHERE hour < @hour", ("hour", hour));
        Execute(connection, transaction, """
            INSERT INTO search_text (day, folded, place, text, staff, searches)
            SELECT substr(day, 1, 7) || '-01', 1, place, text, staff, SUM(searches)
            FROM search_text WHERE folded = 0 AND day < @day
            GROUP BY 1, 3, 4, 5
            ON CONFLICT (day, folded, place, text, staff) DO UPDATE SET searches = search_text.searches + excluded.searches
            """, ("day", day));
        Execute(connection, transaction, "DELETE FROM search_text WHERE folded = 0 AND day < @day", ("day", day));
        transaction.Commit();
        return folded;
    }

    /// <inheritdoc />
    public NeedsWatchCounts Read(NeedsWatchScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var fromMonth = scope.From.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var toMonth = scope.To.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var parameters = new List<(string, object)>
        {
            ("from", DayText(scope.From) + "T00"), ("to", DayText(scope.To.AddDays(1)) + "T00"),
            ("fromMonth", fromMonth), ("toMonth", toMonth),
            ("fromDay", DayText(scope.From)), ("toDay", DayText(scope.To)), ("min", Math.Max(1, scope.MinTextCount)),
        };
        if (scope.Places is not null) parameters.Add(("places", scope.Places.ToArray()));
        var placeFilter = scope.Places is null ? "" : " AND e.place = ANY(@places)";
        var eventWhere = $"e.hour >= @from AND e.hour < @to{placeFilter}";
        var monthWhere = $"e.month >= @fromMonth AND e.month <= @toMonth{placeFilter}";

        using var connection = _data.OpenConnection();
        // One snapshot for the four queries, as a page must not mix counts from before and after a batch or a fold.
        using var read = connection.BeginTransaction(IsolationLevel.RepeatableRead);

        var total = default(SearchTally);
        var staff = 0;
        var noNeed = 0;
        Query(connection, read, $"""
            SELECT e.staff, COUNT(*), COUNT(*) FILTER (WHERE e.results = 0), SUM(e.only_elsewhere),
                   COUNT(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM search_event_need n WHERE n.event_id = e.id))
            FROM search_event e WHERE {eventWhere} GROUP BY e.staff
            UNION ALL
            SELECT e.staff, SUM(searches), SUM(nothing_found), SUM(only_elsewhere), 0
            FROM search_month e WHERE e.need = '*' AND {monthWhere} GROUP BY e.staff
            UNION ALL
            SELECT 0, 0, 0, 0, SUM(searches) FROM search_month e WHERE e.need = '' AND e.staff = 0 AND {monthWhere}
            """, parameters, r =>
        {
            if (Int(r, 0) == 1) staff += Int(r, 1);
            else
            {
                total += Tally(r, 1);
                noNeed += Int(r, 4);
            }
        });

        var byNeed = new Dictionary<string, SearchTally>(StringComparer.Ordinal);
        Query(connection, read, $"""
            SELECT n.need, COUNT(*), COUNT(*) FILTER (WHERE e.results = 0), SUM(e.only_elsewhere)
            FROM search_event e JOIN search_event_need n ON n.event_id = e.id
            WHERE e.staff = 0 AND {eventWhere} GROUP BY n.need
            UNION ALL
            SELECT e.need, SUM(searches), SUM(nothing_found), SUM(only_elsewhere)
            FROM search_month e WHERE e.staff = 0 AND e.need NOT IN ('*', '') AND {monthWhere} GROUP BY e.need
            """, parameters, r => byNeed[r.GetString(0)] = byNeed.GetValueOrDefault(r.GetString(0)) + Tally(r, 1));

        var days = new List<(DateOnly, SearchTally)>();
        Query(connection, read, $"""
            SELECT substr(e.hour, 1, 10), COUNT(*), COUNT(*) FILTER (WHERE e.results = 0), SUM(e.only_elsewhere)
            FROM search_event e WHERE e.staff = 0 AND {eventWhere} GROUP BY 1 ORDER BY 1
            """, parameters, r => days.Add((DateOnly.ParseExact(r.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture), Tally(r, 1))));

        // COLLATE "C": ties in byte order, as SQLite orders them, whatever the database's locale.
        var texts = new List<(string, int)>();
        Query(connection, read, $"""
            SELECT e.text, SUM(e.searches) FROM search_text e
            WHERE e.staff = 0{placeFilter} AND (e.folded = 0 AND e.day >= @fromDay AND e.day <= @toDay
                OR e.folded = 1 AND substr(e.day, 1, 7) >= @fromMonth AND substr(e.day, 1, 7) <= @toMonth)
            GROUP BY e.text HAVING SUM(e.searches) >= @min ORDER BY 2 DESC, e.text COLLATE "C" LIMIT 500
            """, parameters, r => texts.Add((r.GetString(0), Int(r, 1))));
        read.Commit();
        return new NeedsWatchCounts(total, noNeed, staff, byNeed, days, texts);
    }

    /// <summary>The pool belongs to <see cref="PostgresDatabase"/>: nothing to close here.</summary>
    public void Dispose()
    {
    }

    private static string HourText(DateTimeOffset hour) =>
        SearchEvent.HourOf(hour).ToString("yyyy-MM-dd'T'HH", CultureInfo.InvariantCulture);

    private static string DayText(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // SUM and COUNT come back as bigint, or null over no rows.
    private static int Int(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? 0 : checked((int)Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture));

    private static SearchTally Tally(NpgsqlDataReader r, int first) => new(Int(r, first), Int(r, first + 1), Int(r, first + 2));

    private static int Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command.ExecuteNonQuery();
    }

    private static void Query(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, List<(string Name, object Value)> parameters, Action<NpgsqlDataReader> row)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        // Only the parameters the statement names: the queries share one list.
        foreach (var (name, value) in parameters)
            if (Regex.IsMatch(sql, "@" + name + @"\b")) command.Parameters.AddWithValue(name, value);
        using var reader = command.ExecuteReader();
        while (reader.Read()) row(reader);
    }
}
