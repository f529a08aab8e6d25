using Npgsql;
using NpgsqlTypes;
using Repertoire.Core.Audit;
using Repertoire.Core.Storage;

namespace Repertoire.Core.Corrections;

/// <summary>Reports and decisions in the cluster's PostgreSQL database (tables <c>correction</c> and <c>audit_event</c>),
/// with the same rules as <see cref="SqliteCorrectionStore"/>: each report and each decision is written with its audit
/// entry in one transaction. Thread-safe, and safe across nodes: a decision updates the row only while it is still
/// pending, and PostgreSQL makes a second node's rival update wait for the first and then find nothing to update.</summary>
public sealed class PostgresCorrectionStore : ICorrectionStore
{
    private const string Columns = "id, listing_id, basin, field, language, problem, proposed, email, current_at_report, reported_at, status, decided_by, decided_at, decision_note, applied_value";

    private readonly NpgsqlDataSource _data;
    private readonly TimeProvider _time;

    /// <summary>Uses <paramref name="database"/>, whose schema is already migrated.</summary>
    public PostgresCorrectionStore(PostgresDatabase database, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        _data = database.DataSource;
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public Correction Submit(Correction report)
    {
        var now = _time.GetUtcNow().ToUniversalTime();
        using var connection = _data.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using var insert = new NpgsqlCommand("""
            INSERT INTO correction (listing_id, basin, field, language, problem, proposed, email, current_at_report, reported_at, status)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'open')
            RETURNING id
            """, connection, transaction);
        insert.Parameters.AddWithValue(report.ListingId);
        insert.Parameters.Add(Text(report.Basin));
        insert.Parameters.AddWithValue(report.Field);
        insert.Parameters.AddWithValue(report.Language);
        insert.Parameters.AddWithValue(report.Problem);
        insert.Parameters.AddWithValue(report.Proposed);
        insert.Parameters.Add(Text(report.Email));
        insert.Parameters.Add(Text(report.CurrentAtReport));
        insert.Parameters.AddWithValue(now);
        var id = (long)insert.ExecuteScalar()!;
        PostgresAuditTable.Insert(connection, transaction, CorrectionRows.ReportEntry(report, id), now);
        transaction.Commit();
        return report with { Id = id, ReportedAt = now, Status = CorrectionStatus.Open };
    }

    /// <inheritdoc />
    public Correction? Find(long id)
    {
        using var command = _data.CreateCommand($"SELECT {Columns} FROM correction WHERE id = $1");
        command.Parameters.AddWithValue(id);
        return ReadAll(command).FirstOrDefault();
    }

    /// <inheritdoc />
    public IReadOnlyList<Correction> Pending(IReadOnlyCollection<string>? basins)
    {
        using var command = _data.CreateCommand();
        var filter = "";
        if (basins is not null)
        {
            filter = " AND basin = ANY($1)";
            command.Parameters.AddWithValue(basins.ToArray());
        }
        command.CommandText = $"SELECT {Columns} FROM correction WHERE status IN ('open', 'to-contact'){filter} ORDER BY reported_at, id";
        return ReadAll(command);
    }

    /// <inheritdoc />
    public IReadOnlyList<Correction> ForListing(string listingId)
    {
        using var command = _data.CreateCommand($"SELECT {Columns} FROM correction WHERE listing_id = $1 ORDER BY id DESC");
        command.Parameters.AddWithValue(listingId);
        return ReadAll(command);
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, int> PendingCounts()
    {
        using var command = _data.CreateCommand("SELECT listing_id, COUNT(*) FROM correction WHERE status IN ('open', 'to-contact') GROUP BY listing_id");
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.Read()) counts[reader.GetString(0)] = checked((int)reader.GetInt64(1));
        return counts;
    }

    /// <inheritdoc />
    public Correction? Decide(CorrectionDecision decision)
    {
        CorrectionRows.Validate(decision);
        var now = _time.GetUtcNow().ToUniversalTime();
        using var connection = _data.OpenConnection();
        using var transaction = connection.BeginTransaction();
        // Under READ COMMITTED a second node's UPDATE of the same row waits for the first to commit, then re-checks
        // the WHERE clause on the new row: the correction is no longer pending, so it updates nothing.
        using var update = new NpgsqlCommand($"""
            UPDATE correction SET status = $1, decided_by = $2, decided_at = $3, decision_note = $4, applied_value = $5
            WHERE id = $6 AND status IN ('open', 'to-contact')
            RETURNING {Columns}
            """, connection, transaction);
        update.Parameters.AddWithValue(CorrectionRows.StatusName(decision.Status));
        update.Parameters.AddWithValue(decision.DecidedBy);
        update.Parameters.AddWithValue(now);
        update.Parameters.Add(Text(decision.Note));
        update.Parameters.Add(Text(decision.Status == CorrectionStatus.Accepted ? decision.After : null));
        update.Parameters.AddWithValue(decision.Id);
        if (ReadAll(update).SingleOrDefault() is not { } correction) return null;
        PostgresAuditTable.Insert(connection, transaction, CorrectionRows.DecisionEntry(decision, correction), now);
        transaction.Commit();
        return correction;
    }

    private static NpgsqlParameter Text(string? value) => new NpgsqlParameter<string?> { TypedValue = value, NpgsqlDbType = NpgsqlDbType.Text };

    private static List<Correction> ReadAll(NpgsqlCommand command)
    {
        using var reader = command.ExecuteReader();
        var corrections = new List<Correction>();
        while (reader.Read())
        {
            corrections.Add(new Correction
            {
                Id = reader.GetInt64(0),
                ListingId = reader.GetString(1),
                Basin = Optional(reader, 2),
                Field = reader.GetString(3),
                Language = reader.GetString(4),
                Problem = reader.GetString(5),
                Proposed = reader.GetString(6),
                Email = Optional(reader, 7),
                CurrentAtReport = Optional(reader, 8),
                ReportedAt = reader.GetFieldValue<DateTimeOffset>(9),
                Status = CorrectionRows.ParseStatus(reader.GetString(10)),
                DecidedBy = Optional(reader, 11),
                DecidedAt = reader.IsDBNull(12) ? null : reader.GetFieldValue<DateTimeOffset>(12),
                DecisionNote = Optional(reader, 13),
                AppliedValue = Optional(reader, 14),
            });
        }
        return corrections;
    }

    private static string? Optional(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
