using Repertoire.Core.Alignment.Staff;

namespace Repertoire.Core.Tests.Alignment.Staff;

public sealed class StaffAccountStoreTests : IDisposable
{
    // The minimum the store accepts, to keep the tests fast; production uses PasswordHasher.Iterations.
    private const int TestIterations = 100_000;
    private readonly string _folder = Directory.CreateTempSubdirectory("repertoire-staff-").FullName;

    private string DatabasePath => Path.Combine(_folder, "staff.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void PasswordIsStoredAsVersionedPbkdf2HashNotPlaintext()
    {
        using var store = new StaffAccountStore(DatabasePath, iterations: TestIterations);
        store.Add("anne", "correct horse battery staple");

        var hash = store.StoredHash("anne")!;
        Assert.DoesNotContain("correct horse", hash, StringComparison.Ordinal);
        Assert.StartsWith("pbkdf2-sha256$v1$100000$", hash, StringComparison.Ordinal);
        store.Dispose();
        Assert.True(File.ReadAllBytes(DatabasePath).AsSpan().IndexOf("correct horse"u8) < 0, "plaintext found in the database file");
    }

    [Fact]
    public void RightPasswordVerifiesAndWrongOneFails()
    {
        using var store = new StaffAccountStore(DatabasePath, iterations: TestIterations);
        store.Add("anne", "s3cret-phrase");
        Assert.True(store.Verify("anne", "s3cret-phrase"));
        Assert.True(store.Verify("ANNE", "s3cret-phrase"));
        Assert.False(store.Verify("anne", "s3cret-phrasE"));
        Assert.False(store.Verify("anne", ""));
        Assert.False(store.Verify("bert", "s3cret-phrase"));
    }

    [Fact]
    public void SamePasswordGetsDifferentSalts()
    {
        using var store = new StaffAccountStore(DatabasePath, iterations: TestIterations);
        store.Add("anne", "same");
        store.Add("bert", "same");
        Assert.NotEqual(store.StoredHash("anne"), store.StoredHash("bert"));
    }

    [Fact]
    public void AccountsAreAddedListedAndRemovedAcrossReopening()
    {
        using (var store = new StaffAccountStore(DatabasePath, iterations: TestIterations))
        {
            Assert.True(store.Add("bert", "one"));
            Assert.True(store.Add("anne", "two"));
            Assert.False(store.Add("anne", "three"));
        }
        using var reopened = new StaffAccountStore(DatabasePath, iterations: TestIterations);
        Assert.Equal(["anne", "bert"], reopened.List().Select(a => a.UserName));
        Assert.True(reopened.Verify("anne", "three"));
        Assert.True(reopened.Remove("anne"));
        Assert.False(reopened.Remove("anne"));
        Assert.Equal(["bert"], reopened.List().Select(a => a.UserName));
    }

    [Fact]
    public void RoleAndBasinsAreStoredAndDecideWhereTheAccountWorks()
    {
        using var store = new StaffAccountStore(DatabasePath, iterations: TestIterations);
        store.Add("anne", "pw", isAdmin: false, basins: ["nord", "centre-ouest"]);
        store.Add("bert", "pw", isAdmin: true);
        store.Add("carl", "pw");

        var anne = store.Find("ANNE")!;
        Assert.Equal(["centre-ouest", "nord"], anne.Basins);
        Assert.True(anne.CanWorkOn("nord"));
        Assert.False(anne.CanWorkOn("sud"));
        Assert.False(anne.CanWorkOn(null));
        Assert.True(store.Find("bert")!.CanWorkOn("sud"));
        Assert.True(store.Find("carl")!.AllBasins);
        Assert.True(store.SetRole("carl", false, ["sud"]));
        Assert.False(store.Find("carl")!.CanWorkOn("nord"));
        Assert.Throws<ArgumentException>(() => store.SetRole("carl", false, ["Nord; DROP TABLE"]));
    }

    [Fact]
    public void EveryChangeThatEndsSessionsGivesANewStamp()
    {
        using var store = new StaffAccountStore(DatabasePath, iterations: TestIterations);
        store.Add("anne", "pw");
        var stamps = new List<string> { store.Find("anne")!.SecurityStamp };
        store.SetPassword("anne", "new");
        stamps.Add(store.Find("anne")!.SecurityStamp);
        store.EndSessions("anne");
        stamps.Add(store.Find("anne")!.SecurityStamp);
        store.SetDisabled("anne", true);
        stamps.Add(store.Find("anne")!.SecurityStamp);
        store.Add("anne", "again");
        stamps.Add(store.Find("anne")!.SecurityStamp);

        Assert.Equal(stamps.Count, stamps.Distinct().Count());
        Assert.All(stamps, s => Assert.Equal(32, s.Length));
    }

    [Fact]
    public void DisabledAccountDoesNotAuthenticateUntilEnabled()
    {
        using var store = new StaffAccountStore(DatabasePath, iterations: TestIterations);
        store.Add("anne", "pw");
        Assert.True(store.SetDisabled("anne", true));
        Assert.Null(store.Authenticate("anne", "pw"));
        Assert.True(store.SetDisabled("anne", false));
        Assert.Equal("anne", store.Authenticate("anne", "pw")!.UserName);
        Assert.False(store.SetDisabled("nobody", true));
    }

    [Fact]
    public void DatabaseOfTheFirstReleaseGainsTheNewColumnsAndKeepsItsAccounts()
    {
        var hash = PasswordHasher.Hash("pw", TestIterations);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE staff_account (user_name TEXT NOT NULL PRIMARY KEY COLLATE NOCASE, password_hash TEXT NOT NULL, created_at TEXT NOT NULL);"
                + $"INSERT INTO staff_account VALUES ('old', '{hash}', '2026-01-01T00:00:00.0000000Z');";
            create.ExecuteNonQuery();
        }

        using var store = new StaffAccountStore(DatabasePath, iterations: TestIterations);

        var old = store.Authenticate("old", "pw")!;
        Assert.False(old.IsAdmin);
        Assert.True(old.AllBasins);
        Assert.False(old.Disabled);
    }

    [Fact]
    public void TooFewIterationsAreRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PasswordHasher.Hash("x", 10_000));

    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("pbkdf2-sha256$v2$100000$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$v1$1000$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$v1$100000$not base64$AAAA")]
    public void MalformedOrWeakHashNeverVerifies(string stored) => Assert.False(PasswordHasher.Verify("x", stored));
}
