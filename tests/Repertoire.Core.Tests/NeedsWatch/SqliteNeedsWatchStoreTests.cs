using Microsoft.Data.Sqlite;
using Repertoire.Core.NeedsWatch;

namespace Repertoire.Core.Tests.NeedsWatch;

/// <summary>The single machine's needs watch (<c>DATA/needs-watch.db</c>).</summary>
public sealed class SqliteNeedsWatchStoreTests : NeedsWatchStoreBehaviour, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "repertoire-tests", Guid.NewGuid().ToString("n"), "needs-watch.db");
    private readonly SqliteNeedsWatchStore _store;

    public SqliteNeedsWatchStoreTests() => _store = new SqliteNeedsWatchStore(_path);

    protected override INeedsWatchStore Store => _store;

    protected override long Scalar(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        _store.Dispose();
        try { Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true); }
        catch (IOException) { }
    }
}
