using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Repertoire.Core.Alignment;

namespace Repertoire.Core.DirectoryImport.Live;

/// <summary>Reads the directories' live APIs: De Sociale Kaart's paged <c>GET {base}/api/health-offers?page=N&amp;size=M</c>
/// and Bruxelles-Social's <c>GET {base}/rest/organisation/{id}</c>. Requests are paced, retried with exponential
/// backoff on 429, 5xx, 408 and time-outs (honouring <c>Retry-After</c>), and their answers cached until the run
/// completes.</summary>
public sealed class LiveSourceReader : IDisposable
{
    private readonly HttpClient _http;
    private readonly ResponseCache _cache;
    private readonly LiveSourceOptions _options;

    /// <summary>A reader; <paramref name="innerHandler"/> replaces the network (tests), <paramref name="time"/> the clock.</summary>
    public LiveSourceReader(LiveSourceOptions options, HttpMessageHandler? innerHandler = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _cache = new ResponseCache(options.CacheFolder);
        time ??= TimeProvider.System;
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new HttpRetryStrategyOptions
            {
                // The default predicate retries 408, 429, 5xx, network errors and attempt time-outs.
                MaxRetryAttempts = Math.Max(0, options.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                ShouldRetryAfterHeader = true,
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
        var gate = new RateGateHandler(options.RequestsPerSecond, time) { InnerHandler = innerHandler ?? new SocketsHttpHandler() };
        _http = new HttpClient(new ResilienceHandler(pipeline) { InnerHandler = gate })
        {
            // Each attempt has its own time-out; the client's would cut the retries short.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("Repertoire-import/1.0 (+https://github.com/repertoire)");
        _http.DefaultRequestHeaders.Accept.ParseAdd("application/json");
    }

    /// <summary>Every health offer of De Sociale Kaart, page by page.</summary>
    public async Task<SourceBatch> ReadSocialeKaartAsync(Uri baseUri, IImportProgress? progress = null, CancellationToken cancellationToken = default)
    {
        progress ??= IImportProgress.None;
        var builder = new SourceBatchBuilder(DirectorySource.SocialeKaart);
        var complete = true;
        int? totalPages = null;
        for (var page = 0; totalPages is null || page < totalPages; page++)
        {
            var key = $"sociale-kaart/size-{_options.PageSize}/page-{page:D5}.json";
            var url = new Uri(baseUri, $"api/health-offers?page={page}&size={_options.PageSize}");
            var (status, body) = await GetAsync(key, url, cancellationToken).ConfigureAwait(false);
            if (status != HttpStatusCode.OK || body is null)
            {
                builder.Refuse(null, $"page {page}", $"GET {url.PathAndQuery} answered {(int)status} after {_options.MaxRetries} retries");
                complete = false;
                if (totalPages is null) break;
                continue;
            }
            var pages = TotalPages(body);
            if (pages is null)
            {
                complete = false;
                builder.Refuse(null, $"page {page}", $"GET {url.PathAndQuery}: no readable page information");
                if (totalPages is null) { FileSourceReader.AddAnswer(builder, body, $"page {page}"); break; }
            }
            else if (totalPages is null)
            {
                totalPages = pages;
                progress.Stage("Reading De Sociale Kaart", pages.Value);
            }
            FileSourceReader.AddAnswer(builder, body, $"page {page}");
            progress.Advance();
        }
        return builder.Build(complete);
    }

    /// <summary>The Bruxelles-Social records of <paramref name="ids"/>; <paramref name="isCompleteList"/> says whether the
    /// ids are the directory's whole offer (a list of ids) or only those already imported (a refresh).</summary>
    public async Task<SourceBatch> ReadBruxellesSocialAsync(Uri baseUri, IReadOnlyList<string> ids, bool isCompleteList,
        IImportProgress? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        progress ??= IImportProgress.None;
        progress.Stage("Reading Bruxelles-Social", ids.Count);
        var builder = new SourceBatchBuilder(DirectorySource.BruxellesSocial);
        foreach (var id in ids)
        {
            var url = new Uri(baseUri, $"rest/organisation/{Uri.EscapeDataString(id)}");
            var (status, body) = await GetAsync($"bruxelles-social/{Safe(id)}.json", url, cancellationToken).ConfigureAwait(false);
            if (status is HttpStatusCode.NotFound or HttpStatusCode.Gone) builder.MarkGone(id);
            else if (status != HttpStatusCode.OK || body is null)
                builder.Refuse(id, $"GET {url.AbsolutePath}", $"answered {(int)status} after {_options.MaxRetries} retries");
            else FileSourceReader.AddAnswer(builder, body, $"GET {url.AbsolutePath}", id);
            progress.Advance();
        }
        return builder.Build(isCompleteList);
    }

    /// <summary>Forgets the cached answers: called once a run has completed.</summary>
    public void ClearCache() => _cache.Clear();

    /// <inheritdoc/>
    public void Dispose() => _http.Dispose();

    // 200 and 404 are the directory's answers and are cached; anything else is a failure of this run only.
    private async Task<(HttpStatusCode Status, byte[]? Body)> GetAsync(string key, Uri url, CancellationToken cancellationToken)
    {
        if (_cache.Get(key) is { } cached) return (HttpStatusCode.OK, cached);
        if (_cache.Has(key + ".gone")) return (HttpStatusCode.NotFound, null);
        try
        {
            using var response = await _http.GetAsync(url, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
            {
                _cache.Put(key + ".gone", []);
                return (response.StatusCode, null);
            }
            if (!response.IsSuccessStatusCode) return (response.StatusCode, null);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            _cache.Put(key, body);
            return (HttpStatusCode.OK, body);
        }
        catch (Exception error) when (error is HttpRequestException or Polly.Timeout.TimeoutRejectedException)
        {
            return (HttpStatusCode.ServiceUnavailable, null);
        }
    }

    private static int? TotalPages(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("page", out var page) && page.ValueKind == JsonValueKind.Object
                && page.TryGetProperty("totalPages", out var total) && total.TryGetInt32(out var pages) && pages >= 0
                ? pages : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Ids are digits in practice; anything else is spelled in hexadecimal so that it is a safe, stable file name.
    private static string Safe(string id) =>
        id.Length > 0 && id.Length <= 64 && id.All(char.IsAsciiLetterOrDigit) ? id : "x" + Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(id));
}
