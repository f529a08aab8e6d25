using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Repertoire.Core.Alignment.Decisions;

namespace Repertoire.Core.Alignment.Staff;

/// <summary>Staff accounts in SQLite (<c>DATA/staff.db</c>), with PBKDF2 password hashes, roles, basins and
/// security stamps. The repository holds no account: they are added with <c>repertoire staff add</c> or by an
/// administrator from the web. Thread-safe.</summary>
public sealed class StaffAccountStore : IStaffAccountStore, IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS staff_account (
            user_name     TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
            password_hash TEXT NOT NULL,
            created_at    TEXT NOT NULL
        );
        """;

    // Columns added after the first release: files created before them gain the columns at start-up, and their
    // accounts keep working as before (staff on every basin, enabled).
    private static readonly (string Name, string Definition)[] AddedColumns =
    [
        ("is_admin", "INTEGER NOT NULL DEFAULT 0"),
        ("basins", "TEXT NOT NULL DEFAULT ''"),
        ("disabled", "INTEGER NOT NULL DEFAULT 0"),
        ("security_stamp", "TEXT NOT NULL DEFAULT ''"),
    ];

    private const string Columns = "user_name, created_at, is_admin, basins, disabled, security_stamp";

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;
    private readonly int _iterations;
    private readonly Lock _lock = new();
    private readonly Lazy<string> _dummyHash;

    /// <summary>Opens (and if needed creates or upgrades) the account database at <paramref name="path"/>.</summary>
    /// <param name="path">The SQLite file.</param>
    /// <param name="time">The clock, for tests.</param>
    /// <param name="iterations">PBKDF2 iterations of new hashes (at least 100,000).</param>
    public StaffAccountStore(string path, TimeProvider? time = null, int iterations = PasswordHasher.Iterations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 100_000);
        _connection = SqliteDatabase.Open(path, Schema);
        AddMissingColumns();
        _time = time ?? TimeProvider.System;
        _iterations = iterations;
        _dummyHash = new(() => PasswordHasher.Hash(Guid.NewGuid().ToString("N"), _iterations));
    }

    /// <inheritdoc />
    public bool Add(string userName, string password, bool isAdmin = false, IReadOnlyList<string>? basins = null)
    {
        var name = ValidName(userName);
        var hash = PasswordHasher.Hash(password, _iterations);
        lock (_lock)
        {
            using var transaction = _connection.BeginTransaction();
            using var exists = Command("SELECT COUNT(*) FROM staff_account WHERE user_name = $u", name, transaction);
            var isNew = Convert.ToInt64(exists.ExecuteScalar(), CultureInfo.InvariantCulture) == 0;
            using var upsert = Command("""
                INSERT INTO staff_account (user_name, password_hash, created_at, is_admin, basins, disabled, security_stamp)
                VALUES ($u, $h, $at, $admin, $basins, 0, $stamp)
                ON CONFLICT (user_name) DO UPDATE SET password_hash = excluded.password_hash, is_admin = excluded.is_admin,
                    basins = excluded.basins, security_stamp = excluded.security_stamp
                """, name, transaction);
            upsert.Parameters.AddWithValue("$h", hash);
            upsert.Parameters.AddWithValue("$at", _time.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
            upsert.Parameters.AddWithValue("$admin", isAdmin ? 1 : 0);
            upsert.Parameters.AddWithValue("$basins", JoinBasins(basins ?? []));
            upsert.Parameters.AddWithValue("$stamp", NewStamp());
            upsert.ExecuteNonQuery();
            transaction.Commit();
            return isNew;
        }
    }

    /// <inheritdoc />
    public bool SetPassword(string userName, string password)
    {
        var hash = PasswordHasher.Hash(password, _iterations);
        return Update("password_hash = $h, security_stamp = $stamp", userName, c => c.Parameters.AddWithValue("$h", hash));
    }

    /// <inheritdoc />
    public bool SetDisabled(string userName, bool disabled) =>
        Update("disabled = $d, security_stamp = $stamp", userName, c => c.Parameters.AddWithValue("$d", disabled ? 1 : 0));

    /// <inheritdoc />
    public bool SetRole(string userName, bool isAdmin, IReadOnlyList<string> basins) =>
        Update("is_admin = $admin, basins = $basins", userName, c =>
        {
            c.Parameters.AddWithValue("$admin", isAdmin ? 1 : 0);
            c.Parameters.AddWithValue("$basins", JoinBasins(basins));
        });

    /// <inheritdoc />
    public bool EndSessions(string userName) => Update("security_stamp = $stamp", userName, _ => { });

    /// <inheritdoc />
    public bool Remove(string userName)
    {
        lock (_lock)
        {
            using var command = Command("DELETE FROM staff_account WHERE user_name = $u", userName.Trim());
            return command.ExecuteNonQuery() > 0;
        }
    }

    /// <inheritdoc />
    public StaffAccount? Find(string userName)
    {
        lock (_lock)
        {
            using var command = Command($"SELECT {Columns} FROM staff_account WHERE user_name = $u", (userName ?? "").Trim());
            using var reader = command.ExecuteReader();
            return reader.Read() ? ReadAccount(reader) : null;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<StaffAccount> List()
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM staff_account ORDER BY user_name COLLATE NOCASE";
            using var reader = command.ExecuteReader();
            var accounts = new List<StaffAccount>();
            while (reader.Read()) accounts.Add(ReadAccount(reader));
            return accounts;
        }
    }

    /// <inheritdoc />
    public StaffAccount? Authenticate(string userName, string password)
    {
        var stored = StoredHash(userName ?? "");
        if (stored is null)
        {
            PasswordHasher.Verify(password ?? "", _dummyHash.Value);
            return null;
        }
        if (!PasswordHasher.Verify(password ?? "", stored)) return null;
        return Find(userName!) is { Disabled: false } account ? account : null;
    }

    /// <summary>True when the account exists, is enabled and the password is right.</summary>
    public bool Verify(string userName, string password) => Authenticate(userName, password) is not null;

    /// <summary>The stored hash string of an account, for diagnostics and tests; null when unknown.</summary>
    internal string? StoredHash(string userName)
    {
        lock (_lock)
        {
            using var command = Command("SELECT password_hash FROM staff_account WHERE user_name = $u", userName.Trim());
            return command.ExecuteScalar() as string;
        }
    }

    /// <summary>Closes the database.</summary>
    public void Dispose() => _connection.Dispose();

    private bool Update(string assignments, string userName, Action<SqliteCommand> bind)
    {
        lock (_lock)
        {
            using var command = Command($"UPDATE staff_account SET {assignments} WHERE user_name = $u", (userName ?? "").Trim());
            command.Parameters.AddWithValue("$stamp", NewStamp());
            bind(command);
            return command.ExecuteNonQuery() > 0;
        }
    }

    private SqliteCommand Command(string sql, string userName, SqliteTransaction? transaction = null)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$u", userName);
        return command;
    }

    private void AddMissingColumns()
    {
        var existing = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using (var info = _connection.CreateCommand())
        {
            info.CommandText = "PRAGMA table_info(staff_account)";
            using var reader = info.ExecuteReader();
            while (reader.Read()) existing.Add(reader.GetString(1));
        }
        foreach (var (name, definition) in AddedColumns.Where(c => !existing.Contains(c.Name)))
        {
            using var alter = _connection.CreateCommand();
            alter.CommandText = $"ALTER TABLE staff_account ADD COLUMN {name} {definition}";
            alter.ExecuteNonQuery();
        }
        // Accounts from before stamps get one of their own (the same 32 hex digits as NewStamp).
        using var stamp = _connection.CreateCommand();
        stamp.CommandText = "UPDATE staff_account SET security_stamp = upper(hex(randomblob(16))) WHERE security_stamp = ''";
        stamp.ExecuteNonQuery();
    }

    private static StaffAccount ReadAccount(SqliteDataReader reader) =>
        new(reader.GetString(0), DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal))
        {
            IsAdmin = reader.GetInt64(2) != 0,
            Basins = reader.GetString(3).Split(',', StringSplitOptions.RemoveEmptyEntries),
            Disabled = reader.GetInt64(4) != 0,
            SecurityStamp = reader.GetString(5),
        };

    internal static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    internal static string JoinBasins(IReadOnlyList<string> basins)
    {
        foreach (var basin in basins)
            if (basin.Length == 0 || basin.Length > 50 || !basin.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
                throw new ArgumentException($"'{basin}' is not a basin id (lower-case letters, digits and hyphens).", nameof(basins));
        return string.Join(',', basins.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }

    internal static string ValidName(string userName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        if (AccountRules.CheckUserName(userName) is var problem and not AccountProblem.None)
            throw new ArgumentException(AccountRules.Describe(problem), nameof(userName));
        return userName.Trim();
    }
}
