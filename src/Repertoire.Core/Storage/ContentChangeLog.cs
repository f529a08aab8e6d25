using Npgsql;

namespace Repertoire.Core.Storage;

/// <summary>The cluster's content change log in PostgreSQL. The content itself stays a folder of files shared by
/// the nodes; after the one writer has changed files there, it appends a row here, and every node, polling
/// <see cref="LatestId"/>, reads the folder again when the number moves. Thread-safe.</summary>
public sealed class ContentChangeLog(PostgresDatabase database)
{
    private readonly NpgsqlDataSource _data = database.DataSource;

    /// <summary>Records that the content folder changed; returns the change's id (the new content version).</summary>
    /// <param name="changedBy">Who or what changed it (a staff member, <c>import</c>, an operator).</param>
    /// <param name="description">What changed, for the log.</param>
    public long Publish(string changedBy, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        using var command = _data.CreateCommand("INSERT INTO content_change (changed_by, description) VALUES ($1, $2) RETURNING id");
        command.Parameters.AddWithValue(changedBy.Trim());
        command.Parameters.AddWithValue(description.Trim());
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The content version: the last change's id and time, or (0, null) before any change.</summary>
    public async Task<(long Id, DateTimeOffset? ChangedAt)> LatestAsync(CancellationToken cancellationToken)
    {
        await using var command = _data.CreateCommand("SELECT id, changed_at FROM content_change ORDER BY id DESC LIMIT 1");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1)) : (0, null);
    }
}
