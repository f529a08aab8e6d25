using Microsoft.Extensions.Options;
using Repertoire.Core.Content;

namespace Repertoire.Web.Infrastructure;

/// <summary>
/// Holds the directory currently served. A reload reads the whole folder aside and swaps it in one
/// assignment, so a request sees either the old directory or the new one, never half of each.
/// </summary>
public sealed class ContentStore : IDisposable
{
    private readonly ILogger<ContentStore> _logger;
    private readonly object _reloadLock = new();
    private ContentWatcher? _watcher;
    private volatile ContentSet _current;

    public ContentStore(IOptions<RepertoireOptions> options, ILogger<ContentStore> logger)
    {
        _logger = logger;
        ContentPath = ContentLocator.ResolveContentPath(options.Value.ContentPath);
        DataPath = ContentLocator.ResolveDataPath(options.Value.DataPath, ContentPath);
        _current = Load(null);
        if (options.Value.WatchContent && Directory.Exists(ContentPath))
            _watcher = new ContentWatcher(ContentPath, Reload);
    }

    /// <summary>The content folder's full path.</summary>
    public string ContentPath { get; }

    /// <summary>The data folder's full path.</summary>
    public string DataPath { get; }

    /// <summary>The directory being served.</summary>
    public ContentSet Current => _current;

    /// <summary>Raised after a reload has swapped in a new directory.</summary>
    public event Action<ContentSet>? Reloaded;

    /// <summary>Reads the folder again and swaps the result in.</summary>
    public void Reload()
    {
        lock (_reloadLock)
        {
            try
            {
                _current = Load(_current);
                Reloaded?.Invoke(_current);
            }
            catch (Exception e)
            {
                // Keep serving the last good directory: a failed reload must not take the site down.
                _logger.LogError(e, "Reloading {ContentPath} failed; the previous content is still served", ContentPath);
            }
        }
    }

    private ContentSet Load(ContentSet? previous)
    {
        var set = ContentLoader.Load(ContentPath, previous);
        foreach (var retained in set.Retained)
            _logger.LogWarning("{Path} is invalid: its last good version of {Id} is still served", retained.Path, retained.Id);
        foreach (var problem in set.Problems)
        {
            if (problem.Severity == ProblemSeverity.Error) _logger.LogWarning("Content problem: {Problem}", problem.ToString());
            else _logger.LogDebug("Content warning: {Problem}", problem.ToString());
        }
        _logger.LogInformation("Loaded {Count} listings from {ContentPath} ({Errors} problems)",
            set.Organisations.Count, ContentPath, set.Problems.Count(p => p.Severity == ProblemSeverity.Error));
        return set;
    }

    public void Dispose() => _watcher?.Dispose();
}
