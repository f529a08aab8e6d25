using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Repertoire.Core.Tests.DirectoryImport.Live;

/// <summary>Both directories' routes on Kestrel at 127.0.0.1 (a free port), answering with the records it is given:
/// De Sociale Kaart's paged <c>GET /api/health-offers?page=N&amp;size=M</c> and Bruxelles-Social's
/// <c>GET /rest/organisation/{id}</c>. Faults are scripted per path: answers to give once before the real one.</summary>
internal sealed class ReplayServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly JsonArray _offers;
    private readonly Dictionary<string, string> _organisations;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<HttpContext, Task>>> _faults = new();

    private ReplayServer(WebApplication app, JsonArray offers, Dictionary<string, string> organisations)
    {
        _app = app;
        _offers = offers;
        _organisations = organisations;
    }

    /// <summary>How many requests each path and query received.</summary>
    public ConcurrentDictionary<string, int> Hits { get; } = new();

    /// <summary>When each path and query was asked, in order.</summary>
    public ConcurrentDictionary<string, ConcurrentQueue<DateTimeOffset>> Times { get; } = new();

    public Uri BaseUri { get; private set; } = null!;

    /// <param name="offers">De Sociale Kaart records.</param>
    /// <param name="organisations">Bruxelles-Social records by id, as raw JSON text (so a malformed one can be served).</param>
    public static async Task<ReplayServer> StartAsync(JsonArray offers, Dictionary<string, string> organisations)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new ReplayServer(app, offers, organisations);
        app.Use(async (context, next) =>
        {
            var key = context.Request.Path + context.Request.QueryString;
            server.Hits.AddOrUpdate(key, 1, (_, n) => n + 1);
            server.Times.GetOrAdd(key, _ => new ConcurrentQueue<DateTimeOffset>()).Enqueue(DateTimeOffset.UtcNow);
            if (server._faults.TryGetValue(key, out var queue) && queue.TryDequeue(out var fault)) await fault(context);
            else await next(context);
        });
        app.MapGet("/api/health-offers", (int? page, int? size) => server.Page(page ?? 0, size ?? 20));
        app.MapGet("/rest/organisation/{id}", (string id) => server._organisations.TryGetValue(id, out var json)
            ? Results.Text(json, "application/json")
            : Results.NotFound());
        await app.StartAsync();
        server.BaseUri = new Uri(app.Urls.First() + "/");
        return server;
    }

    /// <summary>The next request to <paramref name="pathAndQuery"/> gets <paramref name="fault"/> instead of its answer.</summary>
    public void FailOnce(string pathAndQuery, Func<HttpContext, Task> fault) =>
        _faults.GetOrAdd(pathAndQuery, _ => new ConcurrentQueue<Func<HttpContext, Task>>()).Enqueue(fault);

    public static Func<HttpContext, Task> TooManyRequests(int retryAfterSeconds) => context =>
    {
        context.Response.StatusCode = (int)HttpStatusCode.TooManyRequests;
        context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Task.CompletedTask;
    };

    public static Func<HttpContext, Task> ServerError() => context =>
    {
        context.Response.StatusCode = (int)HttpStatusCode.InternalServerError;
        return context.Response.WriteAsync("upstream failure");
    };

    /// <summary>An answer slower than the client's attempt time-out; the client gives up on it and asks again.</summary>
    public static Func<HttpContext, Task> Slow(TimeSpan delay) => async context =>
    {
        try
        {
            await Task.Delay(delay, context.RequestAborted);
        }
        catch (TaskCanceledException)
        {
            return;
        }
        context.Response.StatusCode = (int)HttpStatusCode.ServiceUnavailable;
    };

    private IResult Page(int page, int size)
    {
        var items = _offers.Skip(page * size).Take(size).Select(n => n?.DeepClone()).ToArray();
        var body = new JsonObject
        {
            ["content"] = new JsonArray(items),
            ["page"] = new JsonObject
            {
                ["size"] = size,
                ["totalElements"] = _offers.Count,
                ["totalPages"] = (_offers.Count + size - 1) / size,
                ["number"] = page,
            },
        };
        return Results.Text(body.ToJsonString(), "application/json");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
