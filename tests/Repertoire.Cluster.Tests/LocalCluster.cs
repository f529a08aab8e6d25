using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Staff;
using Repertoire.Core.Storage;
using Repertoire.Tests;

namespace Repertoire.Cluster.Tests;

/// <summary>
/// <c>deploy/local-cluster.sh</c> brought up once for the cluster tests: PostgreSQL, three nodes running the site's
/// build output and HAProxy with TLS, on free ports in a temporary folder, serving a copy of the test content (the
/// tests change it) and the sample alignment exports. Torn down with <c>down</c> at the end.
/// </summary>
public sealed class LocalCluster : IAsyncLifetime
{
    /// <summary>The request header that the local cluster's HAProxy honours to send a request to one node.</summary>
    public const string NodeHeader = "X-Repertoire-Node";

    public const string UserName = "alice";
    public const string Password = "correct horse battery staple";

    private static readonly string Script = Path.Combine(TestPaths.RepositoryRoot, "deploy", "local-cluster.sh");

    /// <summary>Why the cluster cannot run here, or null.</summary>
    public static string? Unavailable
    {
        get
        {
            var missing = new[] { "haproxy", "openssl", "curl" }.Where(p => !OnPath(p)).ToList();
            if (!File.Exists("/usr/lib/postgresql/15/bin/initdb")) missing.Add("PostgreSQL 15 (/usr/lib/postgresql/15/bin)");
            return missing.Count == 0 ? null : $"The local cluster needs {string.Join(", ", missing)}: run deploy/install-prereqs.sh";
        }
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "repertoire-cluster-" + Guid.NewGuid().ToString("n")[..8]);

    public string ContentPath { get; private set; } = "";

    public int Port { get; } = FreePort();

    public int DatabasePort { get; } = FreePort();

    public IReadOnlyList<int> NodePorts { get; } = [FreePort(), FreePort(), FreePort()];

    public string ConnectionString => $"Host=127.0.0.1;Port={DatabasePort};Username=repertoire;Database=repertoire;Timeout=30";

    public Uri BaseAddress => new($"https://127.0.0.1:{Port}");

    public async Task InitializeAsync()
    {
        if (Unavailable is not null) return;
        ContentPath = TestPaths.CopyToTemp(TestPaths.FixtureContent);
        var exports = Path.Combine(Folder, "shared", "alignment");
        Directory.CreateDirectory(exports);
        foreach (var file in new[] { AlignmentDataFiles.BruxellesSocialExportName, AlignmentDataFiles.SocialeKaartExportName })
            File.Copy(Path.Combine(TestPaths.AlignmentSamples, file), Path.Combine(exports, file));
        await RunAsync("up");
        AddStaffAccount();
    }

    public async Task DisposeAsync()
    {
        if (Unavailable is not null) return;
        try { await RunAsync("down"); }
        finally
        {
            TryDelete(Folder);
            TryDelete(ContentPath);
        }
    }

    /// <summary>Runs <c>deploy/local-cluster.sh</c> with this cluster's settings; throws with its output and the
    /// nodes' logs when it fails.</summary>
    public async Task<string> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Script);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        start.Environment["CLUSTER_DIR"] = Folder;
        start.Environment["CLUSTER_PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["CLUSTER_DB_PORT"] = DatabasePort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["CLUSTER_NODE_PORTS"] = string.Join(' ', NodePorts);
        start.Environment["CLUSTER_CONTENT"] = ContentPath;
        start.Environment["CLUSTER_APP"] = WebBuildOutput();
        // The load below comes from one address, the test's: the per-node API limit would answer 429 to it.
        start.Environment["Repertoire__Api__PermitLimit"] = "1000000";
        start.Environment["Repertoire__Alignment__SignInFailureDelayMilliseconds"] = "0";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"local-cluster.sh {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{await output}\n{await error}\n{NodeLogs()}");
        return await output;
    }

    // As `repertoire staff add --connection-string` does: one account in the shared database serves every node.
    private void AddStaffAccount()
    {
        using var database = PostgresDatabase.Open(ConnectionString);
        new PostgresStaffAccountStore(database, iterations: 100_000).Add(UserName, Password);
    }

    /// <summary>A client of the cluster through HAProxy (HTTPS, the cluster's own certificate trusted, cookies kept,
    /// redirects not followed).</summary>
    public HttpClient CreateClient()
    {
        var certificate = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(Folder, "tls", "cert.pem"));
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            CookieContainer = new CookieContainer(),
            PooledConnectionLifetime = TimeSpan.FromSeconds(30),
            SslOptions = new SslClientAuthenticationOptions
            {
                // Exactly the certificate the script generated: a self-signed one, trusted for these tests only.
                RemoteCertificateValidationCallback = (_, presented, _, _) => presented is not null && presented.GetCertHashString() == certificate.GetCertHashString(),
            },
        };
        return new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>The nodes' logs, for failure messages.</summary>
    public string NodeLogs() => string.Join("\n", Enumerable.Range(1, NodePorts.Count).Select(n =>
    {
        var log = Path.Combine(Folder, $"node{n}.log");
        return File.Exists(log) ? $"--- node{n}.log (end)\n{string.Join('\n', File.ReadLines(log).TakeLast(40))}" : $"--- no node{n}.log";
    }));

    // The site's build output beside this test's configuration (Debug or Release).
    private static string WebBuildOutput()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var folder = Path.Combine(TestPaths.RepositoryRoot, "src", "Repertoire.Web", "bin", configuration, "net10.0");
        return File.Exists(Path.Combine(folder, "Repertoire.Web.dll")) ? folder : throw new InvalidOperationException($"Repertoire.Web is not built in {folder}");
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => d.Length > 0 && File.Exists(Path.Combine(d, program)));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void TryDelete(string folder)
    {
        try { if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class LocalClusterCollection : ICollectionFixture<LocalCluster>
{
    public const string Name = "local cluster";
}
