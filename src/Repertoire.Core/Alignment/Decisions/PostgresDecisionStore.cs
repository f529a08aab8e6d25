using Npgsql;
using Repertoire.Core.Storage;

namespace Repertoire.Core.Alignment.Decisions;

/// <summary>Staff decisions in the cluster's PostgreSQL database, with the same rules and history as
/// <see cref="DecisionStore"/>. Thread-safe, and safe across nodes: every change takes one advisory lock for its
/// transaction, so two nodes confirming rival pairs at once cannot both win.</summary>
public sealed class PostgresDecisionStore : IDecisionStore
{
    private const long WriteLockKey = 0x4465_6369_7369_6F6E; // "Decision"
    private const string Columns = "bruxelles_social_id, sociale_kaart_id, verdict, note, decided_by, decided_at";

    private readonly NpgsqlDataSource _data;
    private readonly TimeProvider _time;

    /// <summary>Uses <paramref name="database"/>, whose schema is already migrated.</summary>
    public PostgresDecisionStore(PostgresDatabase database, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        _data = database.DataSource;
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public AlignmentDecision Confirm(string bruxellesSocialId, string socialeKaartId, string decidedBy, string? note = null) =>
        Decide(bruxellesSocialId, socialeKaartId, DecisionVerdict.Confirmed, note, decidedBy);

    /// <inheritdoc />
    public AlignmentDecision Reject(string bruxellesSocialId, string socialeKaartId, string decidedBy, string? note = null) =>
        Decide(bruxellesSocialId, socialeKaartId, DecisionVerdict.Rejected, note, decidedBy);

    /// <inheritdoc />
    public AlignmentDecision Note(string bruxellesSocialId, string socialeKaartId, string decidedBy, string note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        return Decide(bruxellesSocialId, socialeKaartId, null, note, decidedBy, keepVerdict: true);
    }

    /// <inheritdoc />
    public AlignmentDecision Withdraw(string bruxellesSocialId, string socialeKaartId, string decidedBy) =>
        Decide(bruxellesSocialId, socialeKaartId, null, null, decidedBy);

    /// <inheritdoc />
    public AlignmentDecision? Find(string bruxellesSocialId, string socialeKaartId)
    {
        using var connection = _data.OpenConnection();
        return Find(connection, null, bruxellesSocialId, socialeKaartId);
    }

    /// <inheritdoc />
    public IReadOnlyList<AlignmentDecision> All()
    {
        // COLLATE "C": byte order for the ids, as SQLite sorts them, whatever the database's locale.
        using var command = _data.CreateCommand($"SELECT {Columns} FROM alignment_decision ORDER BY decided_at, bruxelles_social_id COLLATE \"C\", sociale_kaart_id COLLATE \"C\"");
        using var reader = command.ExecuteReader();
        var decisions = new List<AlignmentDecision>();
        while (reader.Read()) decisions.Add(ReadDecision(reader));
        return decisions;
    }

    /// <inheritdoc />
    public long Version()
    {
        using var command = _data.CreateCommand("SELECT COALESCE(MAX(id), 0) FROM alignment_decision_log");
        return (long)command.ExecuteScalar()!;
    }

    /// <inheritdoc />
    public IReadOnlyList<(string Action, string? Note, string DecidedBy, DateTimeOffset DecidedAt)> History(string bruxellesSocialId, string socialeKaartId)
    {
        using var command = _data.CreateCommand("SELECT action, note, decided_by, decided_at FROM alignment_decision_log WHERE bruxelles_social_id = $1 AND sociale_kaart_id = $2 ORDER BY id");
        command.Parameters.AddWithValue(bruxellesSocialId);
        command.Parameters.AddWithValue(socialeKaartId);
        using var reader = command.ExecuteReader();
        var history = new List<(string, string?, string, DateTimeOffset)>();
        while (reader.Read())
            history.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3)));
        return history;
    }

    /// <summary>Nothing to close: the pool belongs to <see cref="PostgresDatabase"/>.</summary>
    public void Dispose()
    {
    }

    private AlignmentDecision Decide(string bruxellesSocialId, string socialeKaartId, DecisionVerdict? verdict, string? note, string decidedBy, bool keepVerdict = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(bruxellesSocialId);
        ArgumentException.ThrowIfNullOrWhiteSpace(socialeKaartId);
        ArgumentException.ThrowIfNullOrWhiteSpace(decidedBy);
        var now = _time.GetUtcNow();
        using var connection = _data.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using (var locking = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({WriteLockKey})", connection, transaction))
            locking.ExecuteNonQuery();
        if (verdict == DecisionVerdict.Confirmed)
        {
            var superseded = new List<(string, string)>();
            using (var rivals = Command(connection, transaction, """
                SELECT bruxelles_social_id, sociale_kaart_id FROM alignment_decision
                WHERE verdict = 'confirmed' AND (bruxelles_social_id = $1 OR sociale_kaart_id = $2)
                  AND NOT (bruxelles_social_id = $1 AND sociale_kaart_id = $2)
                """, bruxellesSocialId, socialeKaartId))
            using (var reader = rivals.ExecuteReader())
                while (reader.Read()) superseded.Add((reader.GetString(0), reader.GetString(1)));
            foreach (var (b, s) in superseded)
            {
                using var withdraw = Command(connection, transaction, "UPDATE alignment_decision SET verdict = NULL, decided_by = $3, decided_at = $4 WHERE bruxelles_social_id = $1 AND sociale_kaart_id = $2", b, s);
                withdraw.Parameters.AddWithValue(decidedBy);
                withdraw.Parameters.AddWithValue(now);
                withdraw.ExecuteNonQuery();
                Log(connection, transaction, b, s, "superseded", $"confirmed {bruxellesSocialId} / {socialeKaartId}", decidedBy, now);
            }
        }
        using (var upsert = Command(connection, transaction, keepVerdict
            ? """
              INSERT INTO alignment_decision (bruxelles_social_id, sociale_kaart_id, verdict, note, decided_by, decided_at)
              VALUES ($1, $2, NULL, $3, $4, $5)
              ON CONFLICT (bruxelles_social_id, sociale_kaart_id) DO UPDATE SET note = excluded.note, decided_by = excluded.decided_by, decided_at = excluded.decided_at
              """
            : """
              INSERT INTO alignment_decision (bruxelles_social_id, sociale_kaart_id, verdict, note, decided_by, decided_at)
              VALUES ($1, $2, $6, $3, $4, $5)
              ON CONFLICT (bruxelles_social_id, sociale_kaart_id) DO UPDATE SET verdict = excluded.verdict,
                  note = COALESCE(excluded.note, alignment_decision.note), decided_by = excluded.decided_by, decided_at = excluded.decided_at
              """, bruxellesSocialId, socialeKaartId))
        {
            upsert.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = note, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            upsert.Parameters.AddWithValue(decidedBy);
            upsert.Parameters.AddWithValue(now);
            if (!keepVerdict)
                upsert.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = verdict is { } v ? VerdictName(v) : null, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            upsert.ExecuteNonQuery();
        }
        var action = keepVerdict ? "note" : verdict is { } w ? VerdictName(w) : "withdrawn";
        Log(connection, transaction, bruxellesSocialId, socialeKaartId, action, note, decidedBy, now);
        var decision = Find(connection, transaction, bruxellesSocialId, socialeKaartId)!;
        transaction.Commit();
        return decision;
    }

    private static AlignmentDecision? Find(NpgsqlConnection connection, NpgsqlTransaction? transaction, string bruxellesSocialId, string socialeKaartId)
    {
        using var command = Command(connection, transaction, $"SELECT {Columns} FROM alignment_decision WHERE bruxelles_social_id = $1 AND sociale_kaart_id = $2", bruxellesSocialId, socialeKaartId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadDecision(reader) : null;
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, string bruxellesSocialId, string socialeKaartId)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue(bruxellesSocialId);
        command.Parameters.AddWithValue(socialeKaartId);
        return command;
    }

    private static void Log(NpgsqlConnection connection, NpgsqlTransaction transaction, string b, string s, string action, string? note, string by, DateTimeOffset at)
    {
        using var command = Command(connection, transaction, "INSERT INTO alignment_decision_log (bruxelles_social_id, sociale_kaart_id, action, note, decided_by, decided_at) VALUES ($1, $2, $3, $4, $5, $6)", b, s);
        command.Parameters.AddWithValue(action);
        command.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = note, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.AddWithValue(by);
        command.Parameters.AddWithValue(at);
        command.ExecuteNonQuery();
    }

    private static string VerdictName(DecisionVerdict verdict) => verdict == DecisionVerdict.Confirmed ? "confirmed" : "rejected";

    private static AlignmentDecision ReadDecision(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.GetString(2) == "confirmed" ? DecisionVerdict.Confirmed : DecisionVerdict.Rejected,
        reader.IsDBNull(3) ? null : reader.GetString(3),
        reader.GetString(4),
        reader.GetFieldValue<DateTimeOffset>(5));
}
