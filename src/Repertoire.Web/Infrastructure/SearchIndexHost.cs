using Repertoire.Core.Content;
using Repertoire.Core.Index;
using Repertoire.Core.Records;

namespace Repertoire.Web.Infrastructure;

/// <summary>
/// Keeps the search index of the content being served: opens the prepared index of the data folder at
/// start-up or builds it in the background, and after each content reload builds the new one aside and
/// swaps it in. Searches always run on a complete index; the previous one is closed a little later, once
/// the searches running on it are done. As an <see cref="ISearchEngine"/> it searches the current index.
/// </summary>
public sealed class SearchIndexHost : IHostedService, ISearchEngine, IDisposable
{
    // Small content folders are indexed before the site starts listening; big ones finish in the background.
    private static readonly TimeSpan StartupWait = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan RetireDelay = TimeSpan.FromSeconds(30);

    private readonly ContentStore _store;
    private readonly ILogger<SearchIndexHost> _logger;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _building = new(1, 1);
    private volatile Searcher? _current;
    private volatile ContentSet? _pending;
    private bool _disposed;

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
        var first = Task.Run(() => RefreshAsync(_store.Current), CancellationToken.None);
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

    private void OnReloaded(ContentSet content) => _ = Task.Run(() => RefreshAsync(content));

    // One build at a time; a reload arriving meanwhile is built next, and only the latest content counts.
    private async Task RefreshAsync(ContentSet content)
    {
        _pending = content;
        await _building.WaitAsync();
        try
        {
            var next = _pending;
            _pending = null;
            if (next is null || _disposed || ReferenceEquals(next, _current?.Content)) return;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var searcher = SearchIndex.OpenOrBuild(next, _store.DataPath);
            var previous = _current;
            _current = searcher;
            _ready.TrySetResult();
            _logger.LogInformation("Search index of {Count} listings ready in {Elapsed} ms: {Path}",
                next.Organisations.Count, clock.ElapsedMilliseconds, searcher.Path);
            if (previous is not null && previous.Path != searcher.Path) Retire(previous, searcher.Path);
            else if (previous is not null) _ = Task.Delay(RetireDelay).ContinueWith(_ => previous.Dispose(), TaskScheduler.Default);
            else SearchIndex.RemoveOthers(_store.DataPath, searcher.Path);
        }
        catch (Exception e)
        {
            // Keep serving the previous index: a failed build must not take search down.
            _logger.LogError(e, "Building the search index failed; the previous index is still served");
        }
        finally
        {
            _building.Release();
        }
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
