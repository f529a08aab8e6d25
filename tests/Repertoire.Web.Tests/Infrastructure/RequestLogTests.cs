using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Repertoire.Web.Infrastructure;

namespace Repertoire.Web.Tests.Infrastructure;

public sealed class RequestLogTests
{
    [Fact]
    public async Task EachRequestLogsOneLineWithStatusAndDurationAndNoQueryString()
    {
        await using var site = new RepertoireApplication();
        var (app, logs) = WithLogs(site);
        using var client = app.CreateClient();

        await client.GetAsync("/fr/page-qui-n-existe-pas");
        await client.GetAsync("/api/v1/search?q=secret+words&lang=fr");

        var lines = logs.Entries.Where(e => e.Category == RequestLog.Category).Select(e => e.Message).ToList();
        Assert.Single(lines, l => Regex.IsMatch(l, @"^GET /fr/page-qui-n-existe-pas 404 \d+ ms$"));
        Assert.Single(lines, l => Regex.IsMatch(l, @"^GET /api/v1/search 200 \d+ ms$"));
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FrameworkRequestNoiseStaysBelowTheDefaultLevel()
    {
        await using var site = new RepertoireApplication();
        var (app, logs) = WithLogs(site);
        using var client = app.CreateClient();

        await client.GetAsync("/fr/");

        // appsettings.json keeps Microsoft.* at Warning: no "Request starting/finished" pair, no routing chatter.
        Assert.DoesNotContain(logs.Entries, e => e.Category.StartsWith("Microsoft.", StringComparison.Ordinal) && e.Level < LogLevel.Warning);
        Assert.Contains(logs.Entries, e => e.Category == RequestLog.Category);
    }

    [Theory]
    [InlineData("/staff/sign-in")]
    [InlineData("/fr/organisations/epicerie-test-schaerbeek/signaler")]
    public async Task PagesWithAFormLogNoAntiforgeryCacheWarning(string url)
    {
        await using var site = new RepertoireApplication();
        var (app, logs) = WithLogs(site);
        using var client = app.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        // Before, "no-store" alone made the antiforgery token warn that it overrode the page's Cache-Control.
        Assert.DoesNotContain(logs.Entries, e => e.Category.StartsWith("Microsoft.AspNetCore.Antiforgery", StringComparison.Ordinal));
    }

    // The derived factory is disposed with the site it derives from.
    private static (Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> App, LogCollector Logs) WithLogs(RepertoireApplication site)
    {
        var logs = new LogCollector();
        return (site.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs))), logs);
    }

    // Every entry the site logs past the configured filters, as the console would show it.
    private sealed class LogCollector : ILoggerProvider
    {
        public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Entries);

        public void Dispose() { }

        private sealed class Logger(string category, ConcurrentQueue<(string, LogLevel, string)> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue((category, logLevel, formatter(state, exception)));
        }
    }
}
