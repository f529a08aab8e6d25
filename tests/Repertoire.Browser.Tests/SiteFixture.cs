using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using Repertoire.Tests;

namespace Repertoire.Browser.Tests;

/// <summary>
/// The real site on a free loopback port (Kestrel, not the in-memory test server, so a browser can reach it),
/// on a content folder with a fresh temporary data folder, and Debian's chromium driven by Playwright.
/// Shared by every test of the <see cref="SiteCollection"/>: starting the site and the browser once keeps the run short.
/// </summary>
public class SiteFixture : IAsyncLifetime
{
    /// <summary>Debian's chromium; Playwright must never download a browser of its own.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync",
    ];

    private SiteFactory? _site;
    private IPlaywright? _playwright;

    /// <summary>The site on the bundled content (<c>content/</c>).</summary>
    public SiteFixture() : this(TestPaths.BundledContent) { }

    /// <summary>The site on another content folder (for fixtures that need known, small content).</summary>
    protected SiteFixture(string contentPath) => ContentPath = contentPath;

    /// <summary>The content folder served.</summary>
    public string ContentPath { get; }

    /// <summary>The temporary data folder, deleted at the end.</summary>
    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "repertoire-browser-tests", Guid.NewGuid().ToString("n"));

    /// <summary>The site's root, e.g. <c>http://127.0.0.1:41234</c> (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The browser; prefer <see cref="NewPageAsync"/>, which isolates each test in its own context.</summary>
    public IBrowser Browser { get; private set; } = default!;

    /// <summary>The absolute URL of a site path such as <c>/fr/recherche?q=aide</c>.</summary>
    public string Url(string path) => BaseUrl + (path.StartsWith('/') ? path : "/" + path);

    public async Task InitializeAsync()
    {
        var port = FreeLoopbackPort();
        _site = new SiteFactory(ContentPath, DataPath);
        _site.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        _site.StartServer();
        BaseUrl = $"http://127.0.0.1:{port}";
        await WaitUntilHealthyAsync();

        // The package's driver would otherwise offer to fetch its own browsers; Debian's chromium is used instead.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: apt-get install -y chromium (.ci/run does it)");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// A page in a fresh browser context (no cookies or storage from other tests), at the desktop size, with
    /// JavaScript on unless <paramref name="javaScript"/> is false, and a 10 s default timeout for waits.
    /// </summary>
    public async Task<IPage> NewPageAsync(bool javaScript = true, string locale = "fr-BE")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = Screenshots.Desktop,
            JavaScriptEnabled = javaScript,
            Locale = locale,
        });
        context.SetDefaultTimeout(10_000);
        // Expectations poll (an address changed by history.replaceState, results swapped in): as long as the waits,
        // since a loaded CI machine answers a search in seconds rather than milliseconds.
        Assertions.SetDefaultExpectTimeout(10_000);
        var page = await context.NewPageAsync();
        // Closing the page closes its context too, so `await using`-less tests do not leak contexts.
        page.Close += async (_, _) =>
        {
            // An event handler runs as async void: an exception escaping it would crash the whole test host. The
            // context is already gone when the browser closed first (another class's fixture shutting down, or a
            // test closing it), which is what was asked anyway.
            try
            {
                await context.CloseAsync();
            }
            catch (PlaywrightException)
            {
            }
        };
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_site is not null) await _site.DisposeAsync();
        if (Directory.Exists(DataPath)) Directory.Delete(DataPath, recursive: true);
    }

    // /healthz answers 503 until the search index is built: tests start once the site is really ready.
    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            try
            {
                using var response = await client.GetAsync("/healthz");
                if (response.IsSuccessStatusCode) return;
            }
            // Refused while the site starts, or slow to answer on a loaded machine (HttpClient's time-out surfaces as a
            // TaskCanceledException): both are retried until the deadline.
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && DateTime.UtcNow < deadline) { }
            if (DateTime.UtcNow >= deadline) throw new TimeoutException($"{BaseUrl}/healthz did not answer 200 within 90 s");
            await Task.Delay(200);
        }
    }

    private static int FreeLoopbackPort()
    {
        // Kestrel behind WebApplicationFactory needs the port up front; asking the OS for one is reliable enough
        // on a test machine (the window between releasing and rebinding it is tiny).
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class SiteFactory(string contentPath, string dataPath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Repertoire:ContentPath", contentPath);
            builder.UseSetting("Repertoire:DataPath", dataPath);
            builder.UseSetting("Repertoire:WatchContent", "false");
            // The needs watch's pages are read right after the searches: batches gather for a fifth of a second, not five.
            builder.UseSetting("Repertoire:NeedsWatch:FlushInterval", "00:00:00.200");
        }
    }
}

/// <summary>The browser tests share one site and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Site";
}
