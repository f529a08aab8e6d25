using Npgsql;
using Repertoire.Core.Alignment.Staff;
using Repertoire.Core.Storage;
using Repertoire.Tests;

namespace Repertoire.Core.Tests.Alignment.Staff;

/// <summary>The PostgreSQL account store of a cluster, on a database of its own in the tests' PostgreSQL: the rules
/// of the SQLite store, and one account seen alike by every node.</summary>
public sealed class PostgresStaffAccountStoreTests : IDisposable
{
    private const int TestIterations = 100_000;
    private readonly string _connectionString = PostgresServer.CreateDatabase();
    private readonly List<PostgresDatabase> _opened = [];

    public void Dispose() => _opened.ForEach(d => d.Dispose());

    [Fact]
    public void PasswordIsStoredAsPbkdf2HashAndNoColumnHoldsThePlaintext()
    {
        var store = Open();
        store.Add("anne", "correct horse battery staple");

        Assert.StartsWith("pbkdf2-sha256$v1$100000$", store.StoredHash("anne"), StringComparison.Ordinal);
        using var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT staff_account::text FROM staff_account", connection);
        Assert.DoesNotContain("correct horse", (string)command.ExecuteScalar()!, StringComparison.Ordinal);
    }

    [Fact]
    public void NamesAreOneAccountWhateverTheirCaseAndKeepTheirFirstSpelling()
    {
        var first = Open();
        var second = Open();
        Assert.True(first.Add("Anne", "s3cret-phrase"));
        Assert.False(second.Add("ANNE", "changed-phrase"));

        Assert.Null(first.Authenticate("anne", "s3cret-phrase"));
        Assert.Equal("Anne", first.Authenticate("anne", "changed-phrase")!.UserName);
        Assert.Equal(["Anne"], second.List().Select(a => a.UserName));
    }

    [Fact]
    public void EveryChangeThatMustEndSessionsGivesANewStampSeenByEveryNode()
    {
        var first = Open();
        var second = Open();
        first.Add("anne", "one");
        var stamps = new List<string> { second.Find("anne")!.SecurityStamp };

        first.SetPassword("anne", "two");
        stamps.Add(second.Find("anne")!.SecurityStamp);
        first.EndSessions("anne");
        stamps.Add(second.Find("anne")!.SecurityStamp);
        first.SetDisabled("anne", true);
        stamps.Add(second.Find("anne")!.SecurityStamp);

        Assert.Equal(4, stamps.Distinct().Count());
        Assert.True(second.Find("anne")!.Disabled);
        Assert.Null(second.Authenticate("anne", "two"));
    }

    [Fact]
    public void RoleAndBasinsRoundTripAndBadBasinsAreRefused()
    {
        var store = Open();
        store.Add("bert", "pw", isAdmin: false, basins: ["nord", "centre-ouest", "nord"]);
        Assert.Equal(["centre-ouest", "nord"], store.Find("bert")!.Basins);

        Assert.True(store.SetRole("bert", isAdmin: true, []));
        Assert.True(store.Find("bert")!.IsAdmin);
        Assert.Throws<ArgumentException>(() => store.SetRole("bert", false, ["Nord; DROP"]));
        Assert.False(store.SetRole("nobody", false, []));
    }

    [Fact]
    public void RemovedAccountNoLongerSignsIn()
    {
        var store = Open();
        store.Add("anne", "pw");
        Assert.True(store.Remove("ANNE"));
        Assert.False(store.Remove("anne"));
        Assert.Null(store.Authenticate("anne", "pw"));
        Assert.Empty(store.List());
    }

    private PostgresStaffAccountStore Open()
    {
        var database = PostgresDatabase.Open(_connectionString);
        _opened.Add(database);
        return new PostgresStaffAccountStore(database, iterations: TestIterations);
    }
}
