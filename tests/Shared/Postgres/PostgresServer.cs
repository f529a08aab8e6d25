using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Repertoire.Tests;

/// <summary>
/// A real PostgreSQL for the tests: <c>REPERTOIRE_TEST_POSTGRES</c> (a connection string whose user may create
/// databases) when set, else a throwaway instance started once per test process from Debian's PostgreSQL 15
/// binaries (initdb in a temporary folder, 127.0.0.1 on a free port, stopped when the process exits). Each test
/// gets a database of its own from <see cref="CreateDatabase"/>.
/// </summary>
internal static class PostgresServer
{
    private static readonly Lazy<string> AdminConnection = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The folder of initdb and pg_ctl, or null.</summary>
    public static string? BinaryFolder { get; } = FindBinaries();

    /// <summary>Why PostgreSQL tests cannot run here, or null when they can.</summary>
    public static string? Unavailable =>
        Environment.GetEnvironmentVariable("REPERTOIRE_TEST_POSTGRES") is { Length: > 0 } || BinaryFolder is not null
            ? null
            : "PostgreSQL 15 binaries (initdb, pg_ctl) not found and REPERTOIRE_TEST_POSTGRES not set: run deploy/install-prereqs.sh";

    /// <summary>A connection string to a new, empty database.</summary>
    public static string CreateDatabase()
    {
        var name = "repertoire_test_" + Guid.NewGuid().ToString("n");
        using (var admin = new NpgsqlConnection(AdminConnection.Value))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            create.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(AdminConnection.Value) { Database = name }.ToString();
    }

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable("REPERTOIRE_TEST_POSTGRES") is { Length: > 0 } configured) return configured;
        var bin = BinaryFolder ?? throw new InvalidOperationException(Unavailable);
        var folder = Directory.CreateTempSubdirectory("repertoire-pg-").FullName;
        var data = Path.Combine(folder, "data");
        var port = FreePort();
        // PostgreSQL refuses to run as root: as root, the folder goes to the postgres user and the commands run as it.
        var asRoot = Environment.UserName == "root";
        if (asRoot) Run("chown", ["postgres:postgres", folder], asRoot: false);
        Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"], asRoot);
        // fsync off: a test database need not survive a power cut, and fsync is most of a small write's cost.
        Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(folder, "log"), "-w", "-t", "60", "start",
            "-o", $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200"], asRoot);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], asRoot);
                // The postmaster may still be removing its socket and pid files for a moment after pg_ctl returns.
                for (var attempt = 0; Directory.Exists(folder); attempt++)
                {
                    try { Directory.Delete(folder, recursive: true); }
                    catch (IOException) when (attempt < 10) { Thread.Sleep(100); }
                }
            }
            catch (Exception)
            {
                // Leaving a stopped instance's folder in /tmp is better than failing the test run at exit.
            }
        };
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true";
    }

    private static void Run(string file, string[] arguments, bool asRoot)
    {
        var start = new ProcessStartInfo(asRoot ? "runuser" : file) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asRoot) foreach (var a in (string[])["-u", "postgres", "--", file]) start.ArgumentList.Add(a);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}{output.Result}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? FindBinaries()
    {
        foreach (var folder in (string[])["/usr/lib/postgresql/15/bin", .. (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')])
            if (folder.Length > 0 && File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl")))
                return folder;
        return null;
    }
}
