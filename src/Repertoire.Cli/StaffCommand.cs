using System.CommandLine;
using System.Text;
using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Staff;

namespace Repertoire.Cli;

/// <summary><c>repertoire staff add|remove|list</c>: the accounts of the alignment workbench.</summary>
internal static class StaffCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo?>("--data") { Description = "Data folder holding staff.db (default: <repository>/.data)", Recursive = true };
        var db = new Option<FileInfo?>("--db") { Description = "The account database file itself", Recursive = true };
        var user = new Argument<string>("user") { Description = "User name" };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of stdin" };

        var add = new Command("add", "Add an account, or set the password of an existing one.") { user, passwordStdin };
        add.SetAction(parse =>
        {
            var name = parse.GetValue(user)!;
            var password = ReadPassword(parse.GetValue(passwordStdin));
            if (password is null) return 1;
            using var store = new StaffAccountStore(DatabasePath(parse.GetValue(db), parse.GetValue(data)));
            Console.WriteLine(store.Add(name, password) ? $"added {name}" : $"password changed for {name}");
            return 0;
        });

        var removeUser = new Argument<string>("user") { Description = "User name" };
        var remove = new Command("remove", "Remove an account.") { removeUser };
        remove.SetAction(parse =>
        {
            var name = parse.GetValue(removeUser)!;
            using var store = new StaffAccountStore(DatabasePath(parse.GetValue(db), parse.GetValue(data)));
            if (store.Remove(name)) { Console.WriteLine($"removed {name}"); return 0; }
            Console.Error.WriteLine($"no account {name}");
            return 1;
        });

        var list = new Command("list", "List the accounts.");
        list.SetAction(parse =>
        {
            using var store = new StaffAccountStore(DatabasePath(parse.GetValue(db), parse.GetValue(data)));
            foreach (var account in store.List())
                Console.WriteLine($"{account.UserName}\t{account.CreatedAt:yyyy-MM-dd HH:mm}Z");
            return 0;
        });

        return new Command("staff", "Manage the staff accounts of the alignment workbench.") { data, db, add, remove, list };
    }

    /// <summary>--db, else --data/staff.db, else .data/staff.db at the repository root (the folder holding
    /// content/ or Repertoire.sln, searched upwards from the current folder).</summary>
    internal static string DatabasePath(FileInfo? db, DirectoryInfo? data)
    {
        if (db is not null) return db.FullName;
        if (data is not null) return AlignmentDataFiles.StaffDatabase(data.FullName);
        var root = FindRepositoryRoot(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
        return AlignmentDataFiles.StaffDatabase(Path.Combine(root, ".data"));
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
