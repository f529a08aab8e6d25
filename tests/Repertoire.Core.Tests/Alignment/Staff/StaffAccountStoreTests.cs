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
