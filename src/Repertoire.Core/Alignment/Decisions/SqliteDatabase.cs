using Microsoft.Data.Sqlite;

namespace Repertoire.Core.Alignment.Decisions;

/// <summary>Opens the SQLite file of the workbench stores, creating its folder and schema.</summary>
internal static class SqliteDatabase
{
    public static SqliteConnection Open(string path, string schema)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        // No pooling: the file must be released when the store is disposed (tests delete it, CLI runs are short).
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            // WAL with synchronous=FULL: a committed transaction is on disk before the call returns, so a write that was
            // acknowledged survives a crash or a power cut (NORMAL could lose the last commits on power loss).
            pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;";
            pragma.ExecuteNonQuery();
        }
        using var create = connection.CreateCommand();
        create.CommandText = schema;
        create.ExecuteNonQuery();
        return connection;
    }
}
