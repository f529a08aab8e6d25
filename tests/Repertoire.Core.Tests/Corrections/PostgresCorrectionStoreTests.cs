using Repertoire.Core.Audit;
using Repertoire.Core.Corrections;
using Repertoire.Core.Storage;
using Repertoire.Tests;

namespace Repertoire.Core.Tests.Corrections;

/// <summary>The PostgreSQL correction store and audit trail of a cluster, on a database of their own in the tests'
/// PostgreSQL. Each opening is a new pool, as another node or a restarted one would have.</summary>
public sealed class PostgresCorrectionStoreTests : CorrectionStoreBehaviour
{
    private readonly string _connectionString = PostgresServer.CreateDatabase();

    protected override (ICorrectionStore Store, IAuditTrail Audit, IDisposable Lifetime) Open(TimeProvider clock)
    {
        var database = PostgresDatabase.Open(_connectionString);
        return (new PostgresCorrectionStore(database, clock), new PostgresAuditTrail(database, clock), database);
    }

    [Fact]
    public void AReportWhoseAuditEntryCannotBeWrittenIsNotStored()
    {
        var (store, audit, lifetime) = Open(TimeProvider.System);
        using var _ = lifetime;
        // A constraint that refuses report entries makes the audit insert fail after the report's own insert.
        using (var database = PostgresDatabase.Open(_connectionString))
        using (var command = database.DataSource.CreateCommand("ALTER TABLE audit_event ADD CONSTRAINT no_reports CHECK (action <> 'report')"))
            command.ExecuteNonQuery();

        Assert.ThrowsAny<Npgsql.PostgresException>(() => store.Submit(new Correction { ListingId = "centre-a", Field = "phones", Language = "fr" }));
        Assert.Empty(store.Pending(null));
        Assert.Empty(audit.Find(new AuditQuery()));
    }
}
