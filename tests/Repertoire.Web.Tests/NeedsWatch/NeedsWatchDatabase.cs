using Microsoft.Data.Sqlite;
using Repertoire.Core.NeedsWatch;

namespace Repertoire.Web.Tests.NeedsWatch;

/// <summary>Reads the needs-watch file of a test site directly, as an auditor would.</summary>
internal static class NeedsWatchDatabase
{
    /// <summary>Waits until the background writer has stored at least <paramref name="count"/> events.</summary>
    public static async Task WaitForEventsAsync(string dataPath, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (File.Exists(SqliteNeedsWatchStore.PathIn(dataPath)))
            {
                try
                {
                    if (Convert.ToInt64(Scalar(dataPath, "SELECT COALESCE(SUM(searches), 0) FROM search_event")) >= count) return;
                }
                catch (SqliteException)
                {
                    // The writer may be creating the schema right now.
                }
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"fewer than {count} search events were stored within 20 s");
    }

    public static object? Scalar(string dataPath, string sql)
    {
        using var connection = Open(dataPath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>Every table with its column names and every stored value, as text.</summary>
    public static Dictionary<string, (List<string> Columns, List<string?[]> Rows)> Dump(string dataPath)
    {
        using var connection = Open(dataPath);
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            using var reader = list.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        var dump = new Dictionary<string, (List<string>, List<string?[]>)>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = select.ExecuteReader();
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            var rows = new List<string?[]>();
            while (reader.Read())
                rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).ToArray());
            dump[table] = (columns, rows);
        }
        return dump;
    }

    private static SqliteConnection Open(string dataPath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = SqliteNeedsWatchStore.PathIn(dataPath),
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }
}
