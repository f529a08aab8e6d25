using System.CommandLine;
using System.Text;
using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Staff;
using Repertoire.Core.Audit;
using Repertoire.Core.Storage;
using Repertoire.Core.Content;

namespace Repertoire.Cli;

/// <summary><c>repertoire staff add|remove|list</c>: the accounts of the staff workbench.</summary>
internal static class StaffCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo?>("--data")
        {
            Description = "Data folder holding staff.db (default: Repertoire__DataPath, as the site reads it, else <repository>/.data)",
            Recursive = true,
        };
        var db = new Option<FileInfo?>("--db") { Description = "The account database file itself", Recursive = true };
        var connection = new Option<string?>("--connection-string")
        {
            Description = "A cluster's PostgreSQL database (default: the Repertoire__Database__ConnectionString environment variable; without either, the SQLite file)",
            Recursive = true,
        };
        var user = new Argument<string>("user") { Description = "User name" };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of stdin" };

        var admin = new Option<bool>("--admin") { Description = "An administrator: manages accounts from the web and works on every basin" };
        var basin = new Option<string[]>("--basin") { Description = "A basin the account works on (repeat for several; none: every basin)" };
        var content = CommonOptions.Content();
        var add = new Command("add", "Add an account, or set the password, role and basins of an existing one (its sessions end).")
        {
            user, passwordStdin, admin, basin, content,
        };
        add.SetAction(parse =>
        {
            var name = parse.GetValue(user)!;
            var basins = parse.GetValue(basin) ?? [];
            if (UnknownBasin(basins, parse.GetValue(content)) is { } unknown)
            {
                Console.Error.WriteLine($"error: unknown basin '{unknown}'");
                return 1;
            }
            if (AccountRules.CheckUserName(name) is var nameProblem and not AccountProblem.None)
            {
                Console.Error.WriteLine($"error: {AccountRules.Describe(nameProblem)}");
                return 1;
            }
            var password = ReadPassword(parse.GetValue(passwordStdin));
            if (password is null) return 1;
            if (PasswordProblem(name, password) is { } problem)
            {
                Console.Error.WriteLine($"error: {problem}");
                return 1;
            }
            using var opened = Open(parse, db, data, connection);
            var store = opened.Store;
            var before = store.Find(name);
            var isNew = store.Add(name, password, parse.GetValue(admin), basins);
            var after = store.Find(name)!;
            if (before is null) opened.Record(AuditActions.AccountCreate, after.UserName, "role", null, AccountRules.RoleOf(after));
            else
            {
                opened.Record(AuditActions.AccountPassword, after.UserName, "password", null, null);
                if (AccountRules.RoleOf(before) != AccountRules.RoleOf(after))
                    opened.Record(AuditActions.AccountRole, after.UserName, "role", AccountRules.RoleOf(before), AccountRules.RoleOf(after));
            }
            // Say where: the site only sees the account if it reads the same data folder.
            Console.WriteLine($"{(isNew ? "added" : "updated")} {name} in {opened.Where}: {Describe(store.Find(name)!)}");
            return 0;
        });

        var removeUser = new Argument<string>("user") { Description = "User name" };
        var remove = new Command("remove", "Remove an account (its open sessions end at once).") { removeUser };
        remove.SetAction(parse =>
        {
            var name = parse.GetValue(removeUser)!;
            using var opened = Open(parse, db, data, connection);
            var store = opened.Store;
            if (store.Find(name) is { } account && store.Remove(account.UserName))
            {
                opened.Record(AuditActions.AccountRemove, account.UserName, "role",
                    AccountRules.RoleOf(account) + (account.Disabled ? " (disabled)" : ""), null);
                Console.WriteLine($"removed {name}");
                return 0;
            }
            Console.Error.WriteLine($"no account {name}");
            return 1;
        });

        var list = new Command("list", "List the accounts.");
        list.SetAction(parse =>
        {
            using var opened = Open(parse, db, data, connection);
            var store = opened.Store;
            foreach (var account in store.List())
                Console.WriteLine($"{account.UserName}\t{account.CreatedAt:yyyy-MM-dd HH:mm}Z\t{Describe(account)}");
            return 0;
        });

        return new Command("staff", "Manage the staff accounts of the workbench.") { data, db, connection, add, remove, list };
    }

    // The site's rule: a connection string means PostgreSQL (migrated if needed), else the SQLite file.
    private static OpenedStore Open(ParseResult parse, Option<FileInfo?> db, Option<DirectoryInfo?> data, Option<string?> connection)
    {
        var connectionString = parse.GetValue(connection) is { Length: > 0 } given ? given : Environment.GetEnvironmentVariable("Repertoire__Database__ConnectionString");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var path = DatabasePath(parse.GetValue(db), parse.GetValue(data));
            var file = new StaffAccountStore(path);
            // The site keeps its audit trail beside the staff accounts, in the data folder's corrections database.
            var trail = new SqliteAuditTrail(AlignmentDataFiles.CorrectionDatabase(Path.GetDirectoryName(Path.GetFullPath(path))!));
            return new OpenedStore(file, trail, [file, trail], path);
        }
        var database = PostgresDatabase.Open(connectionString, Console.Error.WriteLine);
        return new OpenedStore(new PostgresStaffAccountStore(database), new PostgresAuditTrail(database), [database], "the PostgreSQL database");
    }

    // A store for one command with the audit trail its changes are written to, closed with it (the SQLite files, or
    // the PostgreSQL connection pool), and where it is, said after a change: the site only sees the account if it
    // reads the same place. Account changes from the command line are staff actions like those of the web pages, so
    // they are audited the same way, by "cli:" and the system user who ran the command.
    private sealed record OpenedStore(IStaffAccountStore Store, IAuditTrail Audit, IDisposable[] Owners, string Where) : IDisposable
    {
        public void Record(string action, string subject, string field, string? before, string? after) =>
            Audit.Record(new AuditEntry
            {
                Actor = "cli:" + Environment.UserName, Action = action, Kind = AuditSubject.Account, Subject = subject,
                Field = field, Before = before, After = after,
            });

        public void Dispose()
        {
            foreach (var owner in Owners) owner.Dispose();
        }
    }

    /// <summary>Why a password is refused for a user, or null when it is acceptable: <see cref="AccountRules"/>, the
    /// rule of the administrators' web pages too.</summary>
    internal static string? PasswordProblem(string user, string password) =>
        AccountRules.CheckPassword(user, password) is var problem and not AccountProblem.None ? AccountRules.Describe(problem) : null;

    /// <summary>--db, else --data/staff.db, else the site's data folder (<c>Repertoire__DataPath</c>), else
    /// .data/staff.db at the repository root (the folder holding content/ or Repertoire.sln, searched upwards from the
    /// current folder).</summary>
    internal static string DatabasePath(FileInfo? db, DirectoryInfo? data) =>
        DatabasePath(db, data, Environment.GetEnvironmentVariable("Repertoire__DataPath"));

    internal static string DatabasePath(FileInfo? db, DirectoryInfo? data, string? configuredDataPath)
    {
        if (db is not null) return db.FullName;
        if (data is not null) return AlignmentDataFiles.StaffDatabase(data.FullName);
        if (!string.IsNullOrWhiteSpace(configuredDataPath)) return AlignmentDataFiles.StaffDatabase(Path.GetFullPath(configuredDataPath));
        var root = FindRepositoryRoot(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
        return AlignmentDataFiles.StaffDatabase(Path.Combine(root, ".data"));
    }

    private static string Describe(StaffAccount account) =>
        (account.IsAdmin ? "administrator" : "staff")
        + (account.AllBasins ? ", every basin" : ", basins " + string.Join(" ", account.Basins))
        + (account.Disabled ? ", disabled" : "");

    // A misspelt basin would leave the account unable to work on anything: check it against the territory.
    private static string? UnknownBasin(IReadOnlyList<string> basins, string? contentOption)
    {
        if (basins.Count == 0) return null;
        var territory = ContentLoader.Load(ContentLocator.ResolveContentPath(contentOption)).Territory;
        return basins.FirstOrDefault(b => territory.Basin(b) is null);
    }

    private static string? FindRepositoryRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            if (Directory.Exists(Path.Combine(folder.FullName, "content")) || File.Exists(Path.Combine(folder.FullName, "Repertoire.sln")))
                return folder.FullName;
        return null;
    }

    private static string? ReadPassword(bool fromStdin)
    {
        if (fromStdin || Console.IsInputRedirected)
        {
            var line = Console.In.ReadLine();
            if (string.IsNullOrEmpty(line)) { Console.Error.WriteLine("error: empty password on stdin"); return null; }
            return line;
        }
        var first = Prompt("Password: ");
        var second = Prompt("Again: ");
        if (first.Length == 0) { Console.Error.WriteLine("error: empty password"); return null; }
        if (first != second) { Console.Error.WriteLine("error: the passwords differ"); return null; }
        return first;
    }

    // Reads a line from the terminal without echoing it.
    private static string Prompt(string label)
    {
        Console.Error.Write(label);
        var builder = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace) { if (builder.Length > 0) builder.Length--; continue; }
            if (!char.IsControl(key.KeyChar)) builder.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return builder.ToString();
    }
}
