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
        var grouped = SearchEventBatch.Of(events);
        using var connection = _data.OpenConnection();
        using var transaction = connection.BeginTransaction();
        // One round trip for the whole batch: a statement per distinct search (its row and its needs together), then
        // one per text count. The text counts come in the batch's fixed ordinal order: rows are then locked in the same
        // order by every node, which rules out deadlocks between two nodes' batches.
        using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var row in grouped.Rows)
        {
            var command = new NpgsqlBatchCommand("""
                WITH e AS (
                    INSERT INTO search_event (hour, lang, place, results, only_elsewhere, staff, searches)
                    VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id)
                INSERT INTO search_event_need (event_id, need) SELECT e.id, n FROM e, unnest($8::text[]) n
                """);
            command.Parameters.AddWithValue(row.Hour);
            command.Parameters.AddWithValue(row.Lang);
            command.Parameters.AddWithValue(row.Place);
            command.Parameters.AddWithValue(row.Results);
            command.Parameters.AddWithValue(row.OnlyElsewhere ? 1 : 0);
            command.Parameters.AddWithValue(row.Staff ? 1 : 0);
            command.Parameters.AddWithValue(row.Searches);
            command.Parameters.AddWithValue(row.Needs.ToArray());
            batch.BatchCommands.Add(command);
        }
        foreach (var t in grouped.Texts)
        {
            var command = new NpgsqlBatchCommand("""
                INSERT INTO search_text (day, folded, place, text, staff, searches) VALUES ($1, 0, $2, $3, $4, $5)
                ON CONFLICT (day, folded, place, text, staff) DO UPDATE SET searches = search_text.searches + excluded.searches
                """);
            command.Parameters.AddWithValue(t.Day);
            command.Parameters.AddWithValue(t.Place);
            command.Parameters.AddWithValue(t.Text);
            command.Parameters.AddWithValue(t.Staff ? 1 : 0);
            command.Parameters.AddWithValue(t.Searches);
            batch.BatchCommands.Add(command);
        }
        batch.ExecuteNonQuery();
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
                   SUM(e.searches), COALESCE(SUM(e.searches) FILTER (WHERE e.results = 0), 0), SUM(e.only_elsewhere * e.searches)
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
        // The searches folded, not the rows: a row stands for one or more identical searches.
        int folded;
        using (var count = new NpgsqlCommand("SELECT COALESCE(SUM(searches), 0) FROM search_event WHERE hour < @hour", connection, transaction))
        {
            count.Parameters.AddWithValue("hour", hour);
            folded = checked((int)Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture));
        }
        Execute(connection, transaction, "DELETE FROM search_event WHERE hour < @hour", ("hour", hour));
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
            SELECT e.staff, SUM(e.searches), SUM(e.searches) FILTER (WHERE e.results = 0), SUM(e.only_elsewhere * e.searches),
                   SUM(e.searches) FILTER (WHERE NOT EXISTS (SELECT 1 FROM search_event_need n WHERE n.event_id = e.id))
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
            SELECT n.need, SUM(e.searches), SUM(e.searches) FILTER (WHERE e.results = 0), SUM(e.only_elsewhere * e.searches)
            FROM search_event e JOIN search_event_need n ON n.event_id = e.id
            WHERE e.staff = 0 AND {eventWhere} GROUP BY n.need
            UNION ALL
            SELECT e.need, SUM(searches), SUM(nothing_found), SUM(only_elsewhere)
            FROM search_month e WHERE e.staff = 0 AND e.need NOT IN ('*', '') AND {monthWhere} GROUP BY e.need
            """, parameters, r => byNeed[r.GetString(0)] = byNeed.GetValueOrDefault(r.GetString(0)) + Tally(r, 1));

        var days = new List<(DateOnly, SearchTally)>();
        Query(connection, read, $"""
            SELECT substr(e.hour, 1, 10), SUM(e.searches), SUM(e.searches) FILTER (WHERE e.results = 0), SUM(e.only_elsewhere * e.searches)
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
