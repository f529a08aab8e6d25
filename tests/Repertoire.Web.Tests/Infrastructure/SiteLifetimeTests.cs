using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Repertoire.Tests;
using Repertoire.Web.Tests.Corrections;

namespace Repertoire.Web.Tests.Infrastructure;

/// <summary>Starting the real site as a process, as a person at a terminal meets it: where it listens once ready, and
/// one clear line, not a stack trace, when its port is taken.</summary>
public sealed class SiteLifetimeTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("repertoire-lifetime-").FullName;

    public void Dispose()
    {
        if (Directory.Exists(_data)) Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task SaysWhereItListensOnceReady()
    {
        await using var site = await SiteProcess.StartAsync(TestPaths.FixtureContent, _data,
            new Dictionary<string, string> { ["Logging:LogLevel:Repertoire.Web"] = "Information" });

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!site.Output.Contains("is ready on", StringComparison.Ordinal) && DateTime.UtcNow < deadline) await Task.Delay(100);

        Assert.Contains($"Repertoire is ready on http://127.0.0.1:{site.Port} (Ctrl+C stops it)", site.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APortInUseEndsItWithOneClearLine()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Repertoire.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["Repertoire__ContentPath"] = TestPaths.FixtureContent;
        start.Environment["Repertoire__DataPath"] = _data;
        start.Environment["Repertoire__WatchContent"] = "false";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, process.ExitCode);
        var lines = (await error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("Repertoire cannot start: ", line, StringComparison.Ordinal);
        Assert.Contains("--urls http://localhost:PORT", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", await output, StringComparison.Ordinal);
    }
}
