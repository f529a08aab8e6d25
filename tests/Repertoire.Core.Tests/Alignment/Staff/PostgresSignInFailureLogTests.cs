using Repertoire.Core.Alignment.Staff;
using Repertoire.Core.Storage;
using Repertoire.Tests;

namespace Repertoire.Core.Tests.Alignment.Staff;

/// <summary>Two pools on one database, as two nodes of a cluster.</summary>
public sealed class PostgresSignInFailureLogTests : SignInFailureLogBehaviour, IDisposable
{
    private readonly PostgresDatabase _first;
    private readonly PostgresDatabase _second;

    public PostgresSignInFailureLogTests()
    {
        var connectionString = PostgresServer.CreateDatabase();
        _first = PostgresDatabase.Open(connectionString);
        _second = PostgresDatabase.Open(connectionString);
    }

    protected override (ISignInFailureLog First, ISignInFailureLog Second) OpenTwo() =>
        (new PostgresSignInFailureLog(_first), new PostgresSignInFailureLog(_second));

    [Fact]
    public void WritingAFailureDeletesTheRowsOlderThanTheWindow()
    {
        var (log, _) = OpenTwo();
        log.Add(["user:alice"], Start, Start.AddMinutes(-15));
        log.Add(["user:bob"], Start.AddMinutes(20), Start.AddMinutes(5));

        using var count = _first.DataSource.CreateCommand("SELECT COUNT(*) FROM sign_in_failure");
        Assert.Equal(1L, count.ExecuteScalar());
        Assert.Equal(0, log.Count("user:alice", Start.AddYears(-1)));
    }

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
    }
}
