using Microsoft.Data.Sqlite;

namespace Repertoire.Core.Index;

/// <summary>One open read-only connection with the unit-match statement prepared once.</summary>
internal sealed class IndexConnection : IDisposable
{
    private readonly SqliteCommand _match;
    private readonly SqliteParameter _french;
    private readonly SqliteParameter _dutch;

    public IndexConnection(string connectionString)
    {
        Connection = new SqliteConnection(connectionString);
        Connection.Open();
        using (var pragma = Connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA mmap_size=268435456; PRAGMA cache_size=-16000";
            pragma.ExecuteNonQuery();
        }
        _match = Connection.CreateCommand();
        _match.CommandText = IndexSchema.MatchStatement;
        _french = _match.Parameters.Add("$fr", SqliteType.Text);
        _dutch = _match.Parameters.Add("$nl", SqliteType.Text);
        _match.Prepare();
    }

    public SqliteConnection Connection { get; }

    /// <summary>
    /// Runs one unit's match over every table and hands each table's rowid list (comma-separated, or null
    /// when nothing matched) to <paramref name="table"/>, in table order.
    /// </summary>
    public void Match(string french, string dutch, Action<int, string?> table)
    {
        _french.Value = french;
        _dutch.Value = dutch;
        using var reader = _match.ExecuteReader();
        if (!reader.Read()) return;
        for (var t = 0; t < IndexSchema.TableCount; t++) table(t, reader.IsDBNull(t) ? null : reader.GetString(t));
    }

    public void Dispose()
    {
        _match.Dispose();
        Connection.Dispose();
    }
}
