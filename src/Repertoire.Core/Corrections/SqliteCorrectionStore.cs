using System.Globalization;
using Microsoft.Data.Sqlite;
using Repertoire.Core.Alignment.Decisions;
using Repertoire.Core.Audit;

namespace Repertoire.Core.Corrections;

/// <summary>Reports and decisions in SQLite (<c>DATA/corrections.db</c>, WAL, <c>synchronous=FULL</c>), with the audit
/// trail's table in the same file. Thread-safe.</summary>
public sealed class SqliteCorrectionStore : ICorrectionStore, IDisposable
{
    internal const string Schema = """
        CREATE TABLE IF NOT EXISTS correction (
            id                 INTEGER PRIMARY KEY,
            listing_id         TEXT NOT NULL,
            basin              TEXT NULL,
            field              TEXT NOT NULL,
            language           TEXT NOT NULL,
            problem            TEXT NOT NULL,
            proposed           TEXT NOT NULL,
            email              TEXT NULL,
            current_at_report  TEXT NULL,
            reported_at        TEXT NOT NULL,
            status             TEXT NOT NULL CHECK (status IN ('open', 'to-contact', 'accepted', 'rejected')),
            decided_by         TEXT NULL,
            decided_at         TEXT NULL,
            decision_note      TEXT NULL,
            applied_value      TEXT NULL
        );
        CREATE INDEX IF NOT EXISTS correction_status ON correction (status, reported_at);
        CREATE INDEX IF NOT EXISTS correction_listing ON correction (listing_id);
        """ + AuditTable.Schema;

    private const string Columns = "id, listing_id, basin, field, language, problem, proposed, email, current_at_report, reported_at, status, decided_by, decided_at, decision_note, applied_value";

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();

    /// <summary>Opens (and if needed creates) the database at <paramref name="path"/>.</summary>
    public SqliteCorrectionStore(string path, TimeProvider? time = null)
    {
        _connection = SqliteDatabase.Open(path, Schema);
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public Correction Submit(Correction report)
    {
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            using var transaction = _connection.BeginTransaction();
            using var insert = _connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO correction (listing_id, basin, field, language, problem, proposed, email, current_at_report, reported_at, status)
                VALUES ($listing, $basin, $field, $language, $problem, $proposed, $email, $current, $at, 'open');
                SELECT last_insert_rowid();
                """;
            insert.Parameters.AddWithValue("$listing", report.ListingId);
            insert.Parameters.AddWithValue("$basin", (object?)report.Basin ?? DBNull.Value);
            insert.Parameters.AddWithValue("$field", report.Field);
            insert.Parameters.AddWithValue("$language", report.Language);
            insert.Parameters.AddWithValue("$problem", report.Problem);
            insert.Parameters.AddWithValue("$proposed", report.Proposed);
            insert.Parameters.AddWithValue("$email", (object?)report.Email ?? DBNull.Value);
            insert.Parameters.AddWithValue("$current", (object?)report.CurrentAtReport ?? DBNull.Value);
            insert.Parameters.AddWithValue("$at", Stamp(now));
            var id = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
            AuditTable.Insert(_connection, transaction, CorrectionRows.ReportEntry(report, id), now);
            transaction.Commit();
            return report with { Id = id, ReportedAt = now, Status = CorrectionStatus.Open };
        }
    }

    /// <inheritdoc />
    public Correction? Find(long id)
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM correction WHERE id = $id";
            command.Parameters.AddWithValue("$id", id);
            return ReadAll(command).FirstOrDefault();
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<Correction> Pending(IReadOnlyCollection<string>? basins)
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            var filter = "";
            if (basins is not null)
            {
                var names = basins.Select((_, i) => $"$b{i}").ToList();
                filter = names.Count == 0 ? " AND 0" : $" AND basin IN ({string.Join(", ", names)})";
                foreach (var (basin, i) in basins.Select((b, i) => (b, i))) command.Parameters.AddWithValue($"$b{i}", basin);
            }
            command.CommandText = $"SELECT {Columns} FROM correction WHERE status IN ('open', 'to-contact'){filter} ORDER BY reported_at, id";
            return ReadAll(command);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<Correction> ForListing(string listingId)
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM correction WHERE listing_id = $listing ORDER BY id DESC";
            command.Parameters.AddWithValue("$listing", listingId);
            return ReadAll(command);
        }
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, int> PendingCounts()
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT listing_id, COUNT(*) FROM correction WHERE status IN ('open', 'to-contact') GROUP BY listing_id";
            using var reader = command.ExecuteReader();
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            while (reader.Read()) counts[reader.GetString(0)] = reader.GetInt32(1);
            return counts;
        }
    }

    /// <inheritdoc />
    public Correction? Decide(CorrectionDecision decision)
    {
        CorrectionRows.Validate(decision);
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            using var transaction = _connection.BeginTransaction();
            using var update = _connection.CreateCommand();
            update.Transaction = transaction;
            update.CommandText = """
                UPDATE correction SET status = $status, decided_by = $by, decided_at = $at, decision_note = $note, applied_value = $applied
                WHERE id = $id AND status IN ('open', 'to-contact')
                """;
            update.Parameters.AddWithValue("$status", CorrectionRows.StatusName(decision.Status));
            update.Parameters.AddWithValue("$by", decision.DecidedBy);
            update.Parameters.AddWithValue("$at", Stamp(now));
            update.Parameters.AddWithValue("$note", (object?)decision.Note ?? DBNull.Value);
            update.Parameters.AddWithValue("$applied", decision.Status == CorrectionStatus.Accepted ? (object?)decision.After ?? DBNull.Value : DBNull.Value);
            update.Parameters.AddWithValue("$id", decision.Id);
            if (update.ExecuteNonQuery() == 0) return null;
            using var select = _connection.CreateCommand();
            select.Transaction = transaction;
            select.CommandText = $"SELECT {Columns} FROM correction WHERE id = $id";
            select.Parameters.AddWithValue("$id", decision.Id);
            var correction = ReadAll(select).Single();
            AuditTable.Insert(_connection, transaction, CorrectionRows.DecisionEntry(decision, correction), now);
            transaction.Commit();
            return correction;
        }
    }

    /// <summary>Closes the database.</summary>
    public void Dispose() => _connection.Dispose();

    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static List<Correction> ReadAll(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var corrections = new List<Correction>();
        while (reader.Read())
        {
            corrections.Add(new Correction
            {
                Id = reader.GetInt64(0),
                ListingId = reader.GetString(1),
                Basin = Text(reader, 2),
                Field = reader.GetString(3),
                Language = reader.GetString(4),
                Problem = reader.GetString(5),
                Proposed = reader.GetString(6),
                Email = Text(reader, 7),
                CurrentAtReport = Text(reader, 8),
                ReportedAt = Time(reader.GetString(9)),
                Status = CorrectionRows.ParseStatus(reader.GetString(10)),
                DecidedBy = Text(reader, 11),
                DecidedAt = Text(reader, 12) is { } decided ? Time(decided) : null,
                DecisionNote = Text(reader, 13),
                AppliedValue = Text(reader, 14),
            });
        }
        return corrections;
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateTimeOffset Time(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
