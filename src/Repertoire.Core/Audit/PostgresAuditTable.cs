using Npgsql;

namespace Repertoire.Core.Audit;

/// <summary>The <c>audit_event</c> table in PostgreSQL (migration 004), shared by <see cref="PostgresAuditTrail"/> and
/// the PostgreSQL correction store, which writes a decision and its entry in one transaction.</summary>
internal static class PostgresAuditTable
{
    private const string Columns = "id, at, actor, action, kind, subject, basin, field, before_value, after_value, note, correction_id";

    public static AuditEntry Insert(NpgsqlConnection connection, NpgsqlTransaction? transaction, AuditEntry entry, DateTimeOffset at)
    {
        using var command = new NpgsqlCommand("""
            INSERT INTO audit_event (at, actor, action, kind, subject, basin, field, before_value, after_value, note, correction_id)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            RETURNING id
            """, connection, transaction);
        // Npgsql writes a timestamptz from a DateTimeOffset only at offset zero.
        var utc = at.ToUniversalTime();
        command.Parameters.AddWithValue(utc);
        command.Parameters.AddWithValue(entry.Actor);
        command.Parameters.AddWithValue(entry.Action);
        command.Parameters.AddWithValue(entry.Kind.ToString().ToLowerInvariant());
        command.Parameters.AddWithValue(entry.Subject);
        command.Parameters.Add(Text(entry.Basin));
        command.Parameters.Add(Text(entry.Field));
        command.Parameters.Add(Text(entry.Before));
        command.Parameters.Add(Text(entry.After));
        command.Parameters.Add(Text(entry.Note));
        command.Parameters.Add(new NpgsqlParameter<long?> { TypedValue = entry.CorrectionId, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        var id = (long)command.ExecuteScalar()!;
        return entry with { Id = id, At = utc };
    }

    public static IReadOnlyList<AuditEntry> Find(NpgsqlDataSource data, AuditQuery query)
    {
        using var command = data.CreateCommand();
        var where = new List<string>();
        string Parameter(object value)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
            return "$" + command.Parameters.Count;
        }
        if (query.Kind is { } kind) where.Add($"kind = {Parameter(kind.ToString().ToLowerInvariant())}");
        if (!query.IncludeAccounts) where.Add("kind <> 'account'");
        if (query.Subject is { } subject) where.Add($"subject = {Parameter(subject)}");
        // Staff names are case-insensitive (as SQLite's COLLATE NOCASE compares them).
        if (query.Actor is { } actor) where.Add($"lower(actor) = lower({Parameter(actor)})");
        if (query.Basins is { } basins) where.Add($"basin = ANY({Parameter(basins.ToArray())})");
        command.CommandText = $"SELECT {Columns} FROM audit_event"
            + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "")
            + $" ORDER BY id DESC LIMIT {Parameter(Math.Clamp(query.Limit, 1, 100_000))}";
        using var reader = command.ExecuteReader();
        var entries = new List<AuditEntry>();
        while (reader.Read()) entries.Add(Read(reader));
        return entries;
    }

    private static NpgsqlParameter Text(string? value) => new NpgsqlParameter<string?> { TypedValue = value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text };

    private static AuditEntry Read(NpgsqlDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        At = reader.GetFieldValue<DateTimeOffset>(1),
        Actor = reader.GetString(2),
        Action = reader.GetString(3),
        Kind = Enum.Parse<AuditSubject>(reader.GetString(4), ignoreCase: true),
        Subject = reader.GetString(5),
        Basin = Optional(reader, 6),
        Field = Optional(reader, 7),
        Before = Optional(reader, 8),
        After = Optional(reader, 9),
        Note = Optional(reader, 10),
        CorrectionId = reader.IsDBNull(11) ? null : reader.GetInt64(11),
    };

    private static string? Optional(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
