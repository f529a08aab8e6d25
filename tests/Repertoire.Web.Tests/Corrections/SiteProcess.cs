using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Repertoire.Web.Tests.Corrections;

/// <summary>
/// The real site as a process of its own (<c>dotnet Repertoire.Web.dll</c>, the build beside the tests) on a content
/// folder, a data folder and a loopback port, so a test can kill it with SIGKILL as a crash or an OOM killer would,
/// and start it again on the same folders. WebApplicationFactory cannot do this: its server shares the test's process.
/// </summary>
internal sealed class SiteProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SiteProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    /// <summary>What the site wrote to stdout and stderr, for the message of a failed test.</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>Starts the site and returns once it answers HTTP (<c>/healthz</c> says 503 until the search index is
    /// built, which the staff pages and the listing pages do not need).</summary>
    public static async Task<SiteProcess> StartAsync(string contentPath, string dataPath, IReadOnlyDictionary<string, string> settings, int? port = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Repertoire.Web.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        var chosen = port ?? FreeLoopbackPort();
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{chosen}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Repertoire__ContentPath"] = contentPath;
        start.Environment["Repertoire__DataPath"] = dataPath;
        start.Environment["Repertoire__WatchContent"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var site = new SiteProcess(process, chosen);
        process.OutputDataReceived += (_, e) => site.Append(e.Data);
        process.ErrorDataReceived += (_, e) => site.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await site.WaitUntilListeningAsync();
        }
        catch
        {
            await site.DisposeAsync();
            throw;
        }
        return site;
    }

    /// <summary>SIGKILL: no shutdown, no flush, no finally block runs in the site.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private async Task WaitUntilListeningAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the site exited with {_process.ExitCode}:\n{Output}");
            try
            {
                using var response = await client.GetAsync("/healthz");
                if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            if (DateTime.UtcNow >= deadline) throw new TimeoutException($"/healthz did not answer within 60 s:\n{Output}");
            await Task.Delay(100);
        }
    }

    private static int FreeLoopbackPort()
    {
        // The OS picks a free port; it is released before the site binds it, which is reliable enough on a test machine.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
