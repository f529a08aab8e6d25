using Repertoire.Core.Content;
using Repertoire.Core.Index;
using Repertoire.Core.Records;

namespace Repertoire.Web.Infrastructure;

/// <summary>
/// Keeps the search index of the content being served: opens the index of the data folder at start-up (bringing
/// it up to date) or builds it in the background; after each content reload, updates the changed listings in
/// place, or, when the taxonomy or the territory changed, builds a new index aside and swaps it in. Searches
/// always run on a complete index; a replaced one is closed a little later, once the searches running on it
/// are done. A failed update or build is retried with the latest content until it succeeds. As an
/// <see cref="ISearchEngine"/> it searches the current index.
/// </summary>
public sealed class SearchIndexHost : IHostedService, ISearchEngine, IDisposable
{
    // Small content folders are indexed before the site starts listening; big ones finish in the background.
    private static readonly TimeSpan StartupWait = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan RetireDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LastRetry = TimeSpan.FromSeconds(30);

    private readonly ContentStore _store;
    private readonly ILogger<SearchIndexHost> _logger;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _building = new(1, 1);
    private volatile Searcher? _current;
    private volatile ContentSet? _pending;
    private volatile bool _disposed;

    public SearchIndexHost(ContentStore store, ILogger<SearchIndexHost> logger)
    {
        _store = store;
        _logger = logger;
    }

    /// <summary>The index being served, or null before the first one is ready.</summary>
    public Searcher? Current => _current;

    /// <summary>Whether an index is ready to serve.</summary>
    public bool IsReady => _current is not null;

    /// <summary>Waits until an index is ready; false when <paramref name="timeout"/> passes first.</summary>
    public async Task<bool> WaitReadyAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (IsReady) return true;
        try
        {
            await _ready.Task.WaitAsync(timeout, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _store.Reloaded += OnReloaded;
        // A reload raised since subscribing is newer than the content read here: it stays the one to apply.
        Interlocked.CompareExchange(ref _pending, _store.Current, null);
        var first = Task.Run(RefreshAsync, CancellationToken.None);
        await Task.WhenAny(first, Task.Delay(StartupWait, cancellationToken));
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _store.Reloaded -= OnReloaded;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public SearchResult Search(SearchQuery query) => Engine().Search(query);

    /// <inheritdoc />
    public IReadOnlyList<Suggestion> Suggest(string prefix, Language lang, int max = 8) => Engine().Suggest(prefix, lang, max);

    private Searcher Engine()
    {
        if (_current is { } current) return current;
        _ready.Task.Wait(TimeSpan.FromSeconds(30));
        return _current ?? throw new InvalidOperationException("The search index is not ready yet.");
    }

    // The content store raises reloads one at a time, in order: recording the content here, before any task runs, keeps
    // that order. Recorded inside the task instead, two reloads in quick succession could be recorded in the order their
    // tasks happened to start, and the older content applied last, leaving search stale until the next edit.
    private void OnReloaded(ContentSet content)
    {
        _pending = content;
        _ = Task.Run(RefreshAsync);
    }

    // One update at a time; a reload arriving meanwhile is applied next, and only the latest content counts.
    // A failure keeps the previous index serving and tries again, later and later, with the latest content.
    private async Task RefreshAsync()
    {
        var wait = FirstRetry;
        while (!_disposed)
        {
            await _building.WaitAsync();
            try
            {
                var next = _pending;
                _pending = null;
                if (next is null || ReferenceEquals(next, _current?.Content)) return;
                try
                {
                    Apply(next);
                    return;
                }
                catch (Exception e) when (!_disposed)
                {
                    // Unless a newer reload has arrived meanwhile, this content is retried.
                    Interlocked.CompareExchange(ref _pending, next, null);
                    _logger.LogError(e, "Updating the search index failed; the previous index is still served; retrying in {Wait}", wait);
                }
            }
            finally
            {
                _building.Release();
            }
            await Task.Delay(wait);
            wait = wait * 2 > LastRetry ? LastRetry : wait * 2;
        }
    }

    private void Apply(ContentSet next)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var previous = _current;
        var searcher = SearchIndex.Update(previous, next, _store.DataPath);
        _current = searcher;
        _ready.TrySetResult();
        _logger.LogInformation("Search index of {Count} listings up to date in {Elapsed} ms: {Path}",
            next.Organisations.Count, clock.ElapsedMilliseconds, searcher.Path);
        if (previous is null) SearchIndex.RemoveOthers(_store.DataPath, searcher.Path);
        else if (!ReferenceEquals(previous, searcher)) Retire(previous, searcher.Path);
    }

    private void Retire(Searcher previous, string keep) =>
        _ = Task.Delay(RetireDelay).ContinueWith(_ =>
        {
            previous.Dispose();
            if (_current?.Path == keep) SearchIndex.RemoveOthers(_store.DataPath, keep);
        }, TaskScheduler.Default);

    public void Dispose()
    {
        _disposed = true;
        _current?.Dispose();
        _building.Dispose();
    }
}
