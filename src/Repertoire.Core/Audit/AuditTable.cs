using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Repertoire.Core.Audit;

/// <summary>The <c>audit_event</c> table, shared by the audit trail and the correction store: a decision on a
/// correction and its audit entry are written in one transaction of the same file.</summary>
internal static class AuditTable
{
    public const string Schema = """
        CREATE TABLE IF NOT EXISTS audit_event (
            id            INTEGER PRIMARY KEY,
            at            TEXT NOT NULL,
            actor         TEXT NOT NULL,
            action        TEXT NOT NULL,
            kind          TEXT NOT NULL,
            subject       TEXT NOT NULL,
            basin         TEXT NULL,
            field         TEXT NULL,
            before_value  TEXT NULL,
            after_value   TEXT NULL,
            note          TEXT NULL,
            correction_id INTEGER NULL
        );
        CREATE INDEX IF NOT EXISTS audit_event_subject ON audit_event (kind, subject);
        """;

    private const string Columns = "id, at, actor, action, kind, subject, basin, field, before_value, after_value, note, correction_id";

    public static AuditEntry Insert(SqliteConnection connection, SqliteTransaction? transaction, AuditEntry entry, DateTimeOffset at)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO audit_event (at, actor, action, kind, subject, basin, field, before_value, after_value, note, correction_id)
            VALUES ($at, $actor, $action, $kind, $subject, $basin, $field, $before, $after, $note, $correction);
            SELECT last_insert_rowid();
            """;
        command.Parameters.AddWithValue("$at", at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$actor", entry.Actor);
        command.Parameters.AddWithValue("$action", entry.Action);
        command.Parameters.AddWithValue("$kind", entry.Kind.ToString().ToLowerInvariant());
        command.Parameters.AddWithValue("$subject", entry.Subject);
        command.Parameters.AddWithValue("$basin", (object?)entry.Basin ?? DBNull.Value);
        command.Parameters.AddWithValue("$field", (object?)entry.Field ?? DBNull.Value);
        command.Parameters.AddWithValue("$before", (object?)entry.Before ?? DBNull.Value);
        command.Parameters.AddWithValue("$after", (object?)entry.After ?? DBNull.Value);
        command.Parameters.AddWithValue("$note", (object?)entry.Note ?? DBNull.Value);
        command.Parameters.AddWithValue("$correction", (object?)entry.CorrectionId ?? DBNull.Value);
        var id = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        return entry with { Id = id, At = at };
    }

    public static IReadOnlyList<AuditEntry> Find(SqliteConnection connection, AuditQuery query)
    {
        using var command = connection.CreateCommand();
        var where = new List<string>();
        if (query.Kind is { } kind)
        {
            where.Add("kind = $kind");
            command.Parameters.AddWithValue("$kind", kind.ToString().ToLowerInvariant());
        }
        if (!query.IncludeAccounts) where.Add("kind <> 'account'");
        if (query.Subject is { } subject)
        {
            where.Add("subject = $subject");
            command.Parameters.AddWithValue("$subject", subject);
        }
        if (query.Actor is { } actor)
        {
            where.Add("actor = $actor COLLATE NOCASE");
            command.Parameters.AddWithValue("$actor", actor);
        }
        if (query.Basins is { } basins)
        {
            var names = basins.Select((b, i) => $"$b{i}").ToList();
            where.Add(names.Count == 0 ? "0" : $"basin IN ({string.Join(", ", names)})");
            foreach (var (basin, i) in basins.Select((b, i) => (b, i))) command.Parameters.AddWithValue($"$b{i}", basin);
        }
        command.CommandText = $"SELECT {Columns} FROM audit_event"
            + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "")
            + " ORDER BY id DESC LIMIT $limit";
        command.Parameters.AddWithValue("$limit", Math.Clamp(query.Limit, 1, 100_000));
        using var reader = command.ExecuteReader();
        var entries = new List<AuditEntry>();
        while (reader.Read()) entries.Add(Read(reader));
        return entries;
    }

    private static AuditEntry Read(SqliteDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        At = DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        Actor = reader.GetString(2),
        Action = reader.GetString(3),
        Kind = Enum.Parse<AuditSubject>(reader.GetString(4), ignoreCase: true),
        Subject = reader.GetString(5),
        Basin = Text(reader, 6),
        Field = Text(reader, 7),
        Before = Text(reader, 8),
        After = Text(reader, 9),
        Note = Text(reader, 10),
        CorrectionId = reader.IsDBNull(11) ? null : reader.GetInt64(11),
    };

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
