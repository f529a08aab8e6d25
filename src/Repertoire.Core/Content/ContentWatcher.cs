namespace Repertoire.Core.Content;

/// <summary>
/// Watches a content folder and calls back once a burst of changes has settled, so that an editor saving
/// several files (or writing one in several steps) causes one reload, not ten.
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _timer;
    private readonly TimeSpan _quiet;

    /// <summary>Starts watching <paramref name="contentRoot"/>; <paramref name="changed"/> runs on a pool thread.</summary>
    public ContentWatcher(string contentRoot, Action changed, TimeSpan? quiet = null)
    {
        _quiet = quiet ?? TimeSpan.FromMilliseconds(300);
        _timer = new Timer(_ => changed(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(contentRoot)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += OnChange;
        _watcher.Created += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnChange;
        // Too many changes at once: the safe answer is a full reload.
        _watcher.Error += (_, _) => Touch();
        _watcher.EnableRaisingEvents = true;
    }

    private void OnChange(object sender, FileSystemEventArgs e) => Touch();

    private void Touch() => _timer.Change(_quiet, Timeout.InfiniteTimeSpan);

    /// <inheritdoc />
    public void Dispose()
    {
        _watcher.Dispose();
        _timer.Dispose();
    }
}
