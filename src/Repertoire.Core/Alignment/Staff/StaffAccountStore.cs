using System.Globalization;
using Microsoft.Data.Sqlite;
using Repertoire.Core.Alignment.Decisions;

namespace Repertoire.Core.Alignment.Staff;

/// <summary>Staff accounts in SQLite (the decisions' file or another), with PBKDF2 password hashes.
/// The repository holds no account: they are added with <c>repertoire staff add</c>. Thread-safe.</summary>
public sealed class StaffAccountStore : IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS staff_account (
            user_name     TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
            password_hash TEXT NOT NULL,
            created_at    TEXT NOT NULL
        );
        """;

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;
    private readonly int _iterations;
    private readonly Lock _lock = new();
    private readonly Lazy<string> _dummyHash;

    /// <summary>Opens (and if needed creates) the account database at <paramref name="path"/>.</summary>
    /// <param name="path">The SQLite file.</param>
    /// <param name="time">The clock, for tests.</param>
    /// <param name="iterations">PBKDF2 iterations of new hashes (at least 100,000).</param>
    public StaffAccountStore(string path, TimeProvider? time = null, int iterations = PasswordHasher.Iterations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 100_000);
        _connection = SqliteDatabase.Open(path, Schema);
        _time = time ?? TimeProvider.System;
        _iterations = iterations;
        _dummyHash = new(() => PasswordHasher.Hash(Guid.NewGuid().ToString("N"), _iterations));
    }

    /// <summary>Adds an account, or replaces the password of an existing one. Returns true when the account is new.</summary>
    public bool Add(string userName, string password)
    {
        var name = ValidName(userName);
        var hash = PasswordHasher.Hash(password, _iterations);
        lock (_lock)
        {
            using var transaction = _connection.BeginTransaction();
            using var exists = _connection.CreateCommand();
            exists.Transaction = transaction;
            exists.CommandText = "SELECT COUNT(*) FROM staff_account WHERE user_name = $u";
            exists.Parameters.AddWithValue("$u", name);
            var isNew = Convert.ToInt64(exists.ExecuteScalar(), CultureInfo.InvariantCulture) == 0;
            using var upsert = _connection.CreateCommand();
            upsert.Transaction = transaction;
            upsert.CommandText = """
                INSERT INTO staff_account (user_name, password_hash, created_at) VALUES ($u, $h, $at)
                ON CONFLICT (user_name) DO UPDATE SET password_hash = excluded.password_hash
                """;
            upsert.Parameters.AddWithValue("$u", name);
            upsert.Parameters.AddWithValue("$h", hash);
            upsert.Parameters.AddWithValue("$at", _time.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
            upsert.ExecuteNonQuery();
            transaction.Commit();
            return isNew;
        }
    }

    /// <summary>Removes an account; false when there was none.</summary>
    public bool Remove(string userName)
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "DELETE FROM staff_account WHERE user_name = $u";
            command.Parameters.AddWithValue("$u", userName.Trim());
            return command.ExecuteNonQuery() > 0;
        }
    }

    /// <summary>The accounts, by user name.</summary>
    public IReadOnlyList<StaffAccount> List()
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT user_name, created_at FROM staff_account ORDER BY user_name COLLATE NOCASE";
            using var reader = command.ExecuteReader();
            var accounts = new List<StaffAccount>();
            while (reader.Read())
                accounts.Add(new StaffAccount(reader.GetString(0), DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)));
            return accounts;
        }
    }

    /// <summary>True when the account exists and the password is right. An unknown user costs a hash
    /// computation too, so timing does not reveal which user names exist.</summary>
    public bool Verify(string userName, string password)
    {
        string? stored;
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT password_hash FROM staff_account WHERE user_name = $u";
            command.Parameters.AddWithValue("$u", (userName ?? "").Trim());
            stored = command.ExecuteScalar() as string;
        }
        if (stored is null)
        {
            PasswordHasher.Verify(password ?? "", _dummyHash.Value);
            return false;
        }
        return PasswordHasher.Verify(password ?? "", stored);
    }

    /// <summary>The stored hash string of an account, for diagnostics and tests; null when unknown.</summary>
    internal string? StoredHash(string userName)
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT password_hash FROM staff_account WHERE user_name = $u";
            command.Parameters.AddWithValue("$u", userName.Trim());
            return command.ExecuteScalar() as string;
        }
    }

    /// <summary>Closes the database.</summary>
    public void Dispose() => _connection.Dispose();


    private static string ValidName(string userName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        var name = userName.Trim();
        if (name.Length > 100 || name.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
            throw new ArgumentException("A user name is 1 to 100 characters without spaces.", nameof(userName));
        return name;
    }
}
