using Npgsql;
using Repertoire.Core.Storage;

namespace Repertoire.Core.Alignment.Staff;

/// <summary>Staff accounts in the cluster's PostgreSQL database, with the rules of <see cref="StaffAccountStore"/>:
/// PBKDF2 hashes, names unique whatever their case, roles, basins and security stamps. A stamp changed through one
/// node ends the account's sessions on every node, since each node reads it here. Thread-safe.</summary>
public sealed class PostgresStaffAccountStore : IStaffAccountStore
{
    private const string Columns = "user_name, created_at, is_admin, basins, disabled, security_stamp";

    private readonly NpgsqlDataSource _data;
    private readonly TimeProvider _time;
    private readonly int _iterations;
    private readonly Lazy<string> _dummyHash;

    /// <summary>Uses <paramref name="database"/>, whose schema is already migrated.</summary>
    /// <param name="database">The shared database.</param>
    /// <param name="time">The clock, for tests.</param>
    /// <param name="iterations">PBKDF2 iterations of new hashes (at least 100,000).</param>
    public PostgresStaffAccountStore(PostgresDatabase database, TimeProvider? time = null, int iterations = PasswordHasher.Iterations)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 100_000);
        _data = database.DataSource;
        _time = time ?? TimeProvider.System;
        _iterations = iterations;
        _dummyHash = new(() => PasswordHasher.Hash(Guid.NewGuid().ToString("N"), _iterations));
    }

    /// <inheritdoc />
    public bool Add(string userName, string password, bool isAdmin = false, IReadOnlyList<string>? basins = null)
    {
        var name = StaffAccountStore.ValidName(userName);
        var joined = StaffAccountStore.JoinBasins(basins ?? []);
        var hash = PasswordHasher.Hash(password, _iterations);
        // xmax = 0 only on a freshly inserted row: one statement tells "new" from "changed", with no window for
        // another node to insert the same name in between.
        using var command = _data.CreateCommand("""
            INSERT INTO staff_account (user_name, password_hash, created_at, is_admin, basins, disabled, security_stamp)
            VALUES ($1, $2, $3, $4, $5, false, $6)
            ON CONFLICT ((lower(user_name))) DO UPDATE SET password_hash = excluded.password_hash, is_admin = excluded.is_admin,
                basins = excluded.basins, security_stamp = excluded.security_stamp
            RETURNING (xmax = 0)
            """);
        command.Parameters.AddWithValue(name);
        command.Parameters.AddWithValue(hash);
        command.Parameters.AddWithValue(_time.GetUtcNow());
        command.Parameters.AddWithValue(isAdmin);
        command.Parameters.AddWithValue(joined);
        command.Parameters.AddWithValue(StaffAccountStore.NewStamp());
        return (bool)command.ExecuteScalar()!;
    }

    /// <inheritdoc />
    public bool SetPassword(string userName, string password)
    {
        var hash = PasswordHasher.Hash(password, _iterations);
        return Update("password_hash = $3, security_stamp = $2", userName, hash);
    }

    /// <inheritdoc />
    public bool SetDisabled(string userName, bool disabled) => Update("disabled = $3, security_stamp = $2", userName, disabled);

    /// <inheritdoc />
    public bool SetRole(string userName, bool isAdmin, IReadOnlyList<string> basins) =>
        Update("is_admin = $3, basins = $4", userName, isAdmin, StaffAccountStore.JoinBasins(basins));

    /// <inheritdoc />
    public bool EndSessions(string userName) => Update("security_stamp = $2", userName);

    /// <inheritdoc />
    public bool Remove(string userName)
    {
        using var command = _data.CreateCommand("DELETE FROM staff_account WHERE lower(user_name) = lower($1)");
        command.Parameters.AddWithValue((userName ?? "").Trim());
        return command.ExecuteNonQuery() > 0;
    }

    /// <inheritdoc />
    public StaffAccount? Find(string userName)
    {
        using var command = _data.CreateCommand($"SELECT {Columns} FROM staff_account WHERE lower(user_name) = lower($1)");
        command.Parameters.AddWithValue((userName ?? "").Trim());
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadAccount(reader) : null;
    }

    /// <inheritdoc />
    public IReadOnlyList<StaffAccount> List()
    {
        // COLLATE "C" after lower(): the order SQLite's NOCASE gives, whatever the database's locale.
        using var command = _data.CreateCommand($"SELECT {Columns} FROM staff_account ORDER BY lower(user_name) COLLATE \"C\"");
        using var reader = command.ExecuteReader();
        var accounts = new List<StaffAccount>();
        while (reader.Read()) accounts.Add(ReadAccount(reader));
        return accounts;
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

    /// <summary>The stored hash string of an account, for diagnostics and tests; null when unknown.</summary>
    internal string? StoredHash(string userName)
    {
        using var command = _data.CreateCommand("SELECT password_hash FROM staff_account WHERE lower(user_name) = lower($1)");
        command.Parameters.AddWithValue(userName.Trim());
        return command.ExecuteScalar() as string;
    }

    // $1 is the user name and $2 a fresh security stamp; the values follow as $3, $4...
    private bool Update(string assignments, string userName, params object[] values)
    {
        using var command = _data.CreateCommand($"UPDATE staff_account SET {assignments} WHERE lower(user_name) = lower($1)");
        command.Parameters.AddWithValue((userName ?? "").Trim());
        command.Parameters.AddWithValue(StaffAccountStore.NewStamp());
        foreach (var value in values) command.Parameters.AddWithValue(value);
        return command.ExecuteNonQuery() > 0;
    }

    private static StaffAccount ReadAccount(NpgsqlDataReader reader) =>
        new(reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1))
        {
            IsAdmin = reader.GetBoolean(2),
            Basins = reader.GetString(3).Split(',', StringSplitOptions.RemoveEmptyEntries),
            Disabled = reader.GetBoolean(4),
            SecurityStamp = reader.GetString(5),
        };
}
