using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Repertoire.Tests;

namespace Repertoire.Web.Tests;

/// <summary>The site on the test fixture content, with its data in a fresh temporary folder.</summary>
internal sealed class RepertoireApplication(string? contentPath = null) : WebApplicationFactory<Program>
{
    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "repertoire-tests", Guid.NewGuid().ToString("n"));

    public string ContentPath { get; } = contentPath ?? TestPaths.FixtureContent;

    /// <summary>The clock "open now" and freshness are computed at; the system clock when null.</summary>
    public NodaTime.IClock? Clock { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Repertoire:ContentPath", ContentPath);
        builder.UseSetting("Repertoire:DataPath", DataPath);
        // Fuzz and load tests send thousands of requests from one client; tests of the limiter lower it again.
        builder.UseSetting("Repertoire:Api:PermitLimit", "1000000");
        // Tests read what searches recorded: batches gather for a fifth of a second, not the default five.
        builder.UseSetting("Repertoire:NeedsWatch:FlushInterval", "00:00:00.200");
        if (Clock is { } clock) builder.ConfigureTestServices(services => services.AddSingleton(clock));
    }

    /// <summary>A client that does not follow redirects, so tests can check them.</summary>
    public HttpClient CreateBrowserlessClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>GETs a page and parses it.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetPageAsync(string url)
    {
        using var client = CreateBrowserlessClient();
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return (response, new HtmlParser().ParseDocument(html));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(DataPath)) Directory.Delete(DataPath, recursive: true);
    }
}
