using Repertoire.Core.Audit;
using Repertoire.Core.Corrections;

namespace Repertoire.Core.Tests.Corrections;

/// <summary>The SQLite correction store and audit trail of a single machine (<c>DATA/corrections.db</c>).</summary>
public sealed class SqliteCorrectionStoreTests : CorrectionStoreBehaviour, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("repertoire-corrections-").FullName;

    protected override (ICorrectionStore Store, IAuditTrail Audit, IDisposable Lifetime) Open(TimeProvider clock)
    {
        var path = Path.Combine(_folder, "corrections.db");
        var store = new SqliteCorrectionStore(path, clock);
        var audit = new SqliteAuditTrail(path, clock);
        return (store, audit, new Both(store, audit));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class Both(IDisposable first, IDisposable second) : IDisposable
    {
        public void Dispose()
        {
            first.Dispose();
            second.Dispose();
        }
    }
}
