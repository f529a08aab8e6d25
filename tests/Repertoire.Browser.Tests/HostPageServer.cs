using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Repertoire.Tests;

namespace Repertoire.Browser.Tests;

/// <summary>
/// A foreign web site for the widget: <c>wwwroot/widget/demo.html</c> and its stylesheet served by a second Kestrel on
/// another loopback port (so another origin than the directory's), with the script tag pointing at the directory.
/// </summary>
public sealed class HostPageServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HostPageServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The host's root, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public string BaseUrl { get; }

    public static async Task<HostPageServer> StartAsync(string directoryBaseUrl)
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "wwwroot", "widget");
        var html = (await File.ReadAllTextAsync(Path.Combine(folder, "demo.html")))
            .Replace("src=\"repertoire-search.js\"", $"src=\"{directoryBaseUrl}/widget/repertoire-search.js\"", StringComparison.Ordinal);
        var css = await File.ReadAllTextAsync(Path.Combine(folder, "demo.css"));

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet("/", () => Results.Content(html, "text/html; charset=utf-8"));
        app.MapGet("/demo.css", () => Results.Content(css, "text/css; charset=utf-8"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HostPageServer(app, address.TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
