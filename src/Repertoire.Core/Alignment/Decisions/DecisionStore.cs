using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Repertoire.Core.Alignment.Decisions;

/// <summary>Staff decisions about pairs (confirm, reject, note) in SQLite, keyed by the two directories' ids so
/// they survive re-imports; every change is also appended to a log with who and when. Thread-safe.</summary>
public sealed class DecisionStore : IDecisionStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS alignment_decision (
            bruxelles_social_id TEXT NOT NULL,
            sociale_kaart_id    TEXT NOT NULL,
            verdict             TEXT NULL CHECK (verdict IN ('confirmed', 'rejected')),
            note                TEXT NULL,
            decided_by          TEXT NOT NULL,
            decided_at          TEXT NOT NULL,
            PRIMARY KEY (bruxelles_social_id, sociale_kaart_id)
        );
        CREATE INDEX IF NOT EXISTS alignment_decision_sk ON alignment_decision (sociale_kaart_id);
        CREATE TABLE IF NOT EXISTS alignment_decision_log (
            id                  INTEGER PRIMARY KEY,
            bruxelles_social_id TEXT NOT NULL,
            sociale_kaart_id    TEXT NOT NULL,
            action              TEXT NOT NULL,
            note                TEXT NULL,
            decided_by          TEXT NOT NULL,
            decided_at          TEXT NOT NULL
        );
        """;

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();

    /// <summary>Opens (and if needed creates) the decision database at <paramref name="path"/>.</summary>
    public DecisionStore(string path, TimeProvider? time = null)
    {
        _connection = SqliteDatabase.Open(path, Schema);
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Confirms the pair. A confirmation is one-to-one: earlier confirmations of either record with
    /// another partner are withdrawn in the same transaction (and logged).</summary>
    public AlignmentDecision Confirm(string bruxellesSocialId, string socialeKaartId, string decidedBy, string? note = null) =>
        Decide(bruxellesSocialId, socialeKaartId, DecisionVerdict.Confirmed, note, decidedBy);

    /// <summary>Rejects the pair: the matcher will never propose it again.</summary>
    public AlignmentDecision Reject(string bruxellesSocialId, string socialeKaartId, string decidedBy, string? note = null) =>
        Decide(bruxellesSocialId, socialeKaartId, DecisionVerdict.Rejected, note, decidedBy);

    /// <summary>Leaves a note on the pair without changing its verdict.</summary>
    public AlignmentDecision Note(string bruxellesSocialId, string socialeKaartId, string decidedBy, string note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        return Decide(bruxellesSocialId, socialeKaartId, null, note, decidedBy, keepVerdict: true);
    }

    /// <summary>Withdraws the verdict (the pair goes back to the matcher), keeping the note.</summary>
    public AlignmentDecision Withdraw(string bruxellesSocialId, string socialeKaartId, string decidedBy) =>
        Decide(bruxellesSocialId, socialeKaartId, null, null, decidedBy);

    /// <summary>The decision about a pair, or null.</summary>
    public AlignmentDecision? Find(string bruxellesSocialId, string socialeKaartId)
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT bruxelles_social_id, sociale_kaart_id, verdict, note, decided_by, decided_at FROM alignment_decision WHERE bruxelles_social_id = $b AND sociale_kaart_id = $s";
            command.Parameters.AddWithValue("$b", bruxellesSocialId);
            command.Parameters.AddWithValue("$s", socialeKaartId);
            using var reader = command.ExecuteReader();
            return reader.Read() ? ReadDecision(reader) : null;
        }
    }

    /// <summary>Every decision, oldest first.</summary>
    public IReadOnlyList<AlignmentDecision> All()
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT bruxelles_social_id, sociale_kaart_id, verdict, note, decided_by, decided_at FROM alignment_decision ORDER BY decided_at, bruxelles_social_id, sociale_kaart_id";
            using var reader = command.ExecuteReader();
            var decisions = new List<AlignmentDecision>();
            while (reader.Read()) decisions.Add(ReadDecision(reader));
            return decisions;
        }
    }

    /// <inheritdoc />
    public long Version()
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT COALESCE(MAX(id), 0) FROM alignment_decision_log";
            return (long)command.ExecuteScalar()!;
        }
    }

    /// <summary>The log of a pair's changes, oldest first: (action, note, who, when).</summary>
    public IReadOnlyList<(string Action, string? Note, string DecidedBy, DateTimeOffset DecidedAt)> History(string bruxellesSocialId, string socialeKaartId)
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT action, note, decided_by, decided_at FROM alignment_decision_log WHERE bruxelles_social_id = $b AND sociale_kaart_id = $s ORDER BY id";
            command.Parameters.AddWithValue("$b", bruxellesSocialId);
            command.Parameters.AddWithValue("$s", socialeKaartId);
            using var reader = command.ExecuteReader();
            var history = new List<(string, string?, string, DateTimeOffset)>();
            while (reader.Read())
                history.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), ParseTime(reader.GetString(3))));
            return history;
        }
    }

    /// <summary>Closes the database.</summary>
    public void Dispose() => _connection.Dispose();

    private AlignmentDecision Decide(string bruxellesSocialId, string socialeKaartId, DecisionVerdict? verdict, string? note, string decidedBy, bool keepVerdict = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(bruxellesSocialId);
        ArgumentException.ThrowIfNullOrWhiteSpace(socialeKaartId);
        ArgumentException.ThrowIfNullOrWhiteSpace(decidedBy);
        var now = _time.GetUtcNow();
        var stamp = now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
        lock (_lock)
        {
            using var transaction = _connection.BeginTransaction();
            if (verdict == DecisionVerdict.Confirmed)
            {
                using var rivals = Command(transaction, """
                    SELECT bruxelles_social_id, sociale_kaart_id FROM alignment_decision
                    WHERE verdict = 'confirmed' AND (bruxelles_social_id = $b OR sociale_kaart_id = $s)
                      AND NOT (bruxelles_social_id = $b AND sociale_kaart_id = $s)
                    """, bruxellesSocialId, socialeKaartId);
                var superseded = new List<(string, string)>();
                using (var reader = rivals.ExecuteReader())
                    while (reader.Read()) superseded.Add((reader.GetString(0), reader.GetString(1)));
                foreach (var (b, s) in superseded)
                {
                    using var withdraw = Command(transaction, "UPDATE alignment_decision SET verdict = NULL, decided_by = $by, decided_at = $at WHERE bruxelles_social_id = $b AND sociale_kaart_id = $s", b, s);
                    withdraw.Parameters.AddWithValue("$by", decidedBy);
                    withdraw.Parameters.AddWithValue("$at", stamp);
                    withdraw.ExecuteNonQuery();
                    Log(transaction, b, s, "superseded", $"confirmed {bruxellesSocialId} / {socialeKaartId}", decidedBy, stamp);
                }
            }
            using var upsert = Command(transaction, keepVerdict
                ? """
                  INSERT INTO alignment_decision (bruxelles_social_id, sociale_kaart_id, verdict, note, decided_by, decided_at)
                  VALUES ($b, $s, NULL, $note, $by, $at)
                  ON CONFLICT (bruxelles_social_id, sociale_kaart_id) DO UPDATE SET note = excluded.note, decided_by = excluded.decided_by, decided_at = excluded.decided_at
                  """
                : """
                  INSERT INTO alignment_decision (bruxelles_social_id, sociale_kaart_id, verdict, note, decided_by, decided_at)
                  VALUES ($b, $s, $verdict, $note, $by, $at)
                  ON CONFLICT (bruxelles_social_id, sociale_kaart_id) DO UPDATE SET verdict = excluded.verdict,
                      note = COALESCE(excluded.note, alignment_decision.note), decided_by = excluded.decided_by, decided_at = excluded.decided_at
                  """, bruxellesSocialId, socialeKaartId);
            upsert.Parameters.AddWithValue("$verdict", verdict is { } v ? VerdictName(v) : DBNull.Value);
            upsert.Parameters.AddWithValue("$note", (object?)note ?? DBNull.Value);
            upsert.Parameters.AddWithValue("$by", decidedBy);
            upsert.Parameters.AddWithValue("$at", stamp);
            upsert.ExecuteNonQuery();
            var action = keepVerdict ? "note" : verdict is { } w ? VerdictName(w) : "withdrawn";
            Log(transaction, bruxellesSocialId, socialeKaartId, action, note, decidedBy, stamp);
            transaction.Commit();
        }
        return Find(bruxellesSocialId, socialeKaartId)!;
    }

    private SqliteCommand Command(SqliteTransaction transaction, string sql, string bruxellesSocialId, string socialeKaartId)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$b", bruxellesSocialId);
        command.Parameters.AddWithValue("$s", socialeKaartId);
        return command;
    }

    private void Log(SqliteTransaction transaction, string b, string s, string action, string? note, string by, string at)
    {
        using var command = Command(transaction, "INSERT INTO alignment_decision_log (bruxelles_social_id, sociale_kaart_id, action, note, decided_by, decided_at) VALUES ($b, $s, $action, $note, $by, $at)", b, s);
        command.Parameters.AddWithValue("$action", action);
        command.Parameters.AddWithValue("$note", (object?)note ?? DBNull.Value);
        command.Parameters.AddWithValue("$by", by);
        command.Parameters.AddWithValue("$at", at);
        command.ExecuteNonQuery();
    }

    private static string VerdictName(DecisionVerdict verdict) => verdict == DecisionVerdict.Confirmed ? "confirmed" : "rejected";

    private static AlignmentDecision ReadDecision(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.GetString(2) == "confirmed" ? DecisionVerdict.Confirmed : DecisionVerdict.Rejected,
        reader.IsDBNull(3) ? null : reader.GetString(3),
        reader.GetString(4),
        ParseTime(reader.GetString(5)));

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
