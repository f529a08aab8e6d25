using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Repertoire.Core.Content;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Repertoire.Core.Index;

/// <summary>
/// The Lucene index folders of a data folder: <c>search/lucene-&lt;structure&gt;</c>, one per taxonomy and
/// territory. Listing edits update that folder in place; a change of taxonomy or territory (or a forced rebuild)
/// builds a new folder under a temporary name, renamed into place once committed, so that a reader never opens
/// half an index and searches on the previous one keep working until it is disposed.
/// </summary>
public static class SearchIndex
{
    /// <summary>The folder of the index folders inside the data folder.</summary>
    public const string FolderName = "search";

    private const string BuildingSuffix = ".building";

    // Builds under way in this process: the clean-up never deletes them.
    private static readonly ConcurrentDictionary<string, byte> Building = new(StringComparer.Ordinal);

    /// <summary>Called with the temporary folder when a build starts (tests use it to make a build fail).</summary>
    internal static Action<string>? BuildStarting { get; set; }

    /// <summary>The index folder for a structure fingerprint.</summary>
    public static string FolderFor(string dataPath, string structure) =>
        System.IO.Path.Combine(dataPath, FolderName, $"lucene-{structure[..16]}");

    /// <summary>
    /// Opens the index of <paramref name="content"/> in <paramref name="dataPath"/> and brings it up to date, building
    /// it first when no complete index of this taxonomy and territory exists (or when <paramref name="rebuild"/> is set).
    /// </summary>
    public static Searcher OpenOrBuild(ContentSet content, string dataPath, bool rebuild = false, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var structure = ContentFingerprint.Structure(content);
        var path = System.IO.Path.GetFullPath(FolderFor(dataPath, structure));
        if (rebuild || !LiveIndex.IsComplete(path, structure)) BuildInto(path, content, structure, progress);
        return new Searcher(LiveIndex.Open(path, content, structure));
    }

    /// <summary>
    /// The searcher for new content: <paramref name="current"/> itself, updated in place, when only listings
    /// changed; else a new searcher on a freshly built index (the caller swaps it in and disposes the old one).
    /// </summary>
    public static Searcher Update(Searcher? current, ContentSet content, string dataPath)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (current is not null && current.Apply(content)) return current;
        var next = OpenOrBuild(content, dataPath, rebuild: current is not null && current.Structure == ContentFingerprint.Structure(content));
        current?.SupersededBy(next);
        return next;
    }

    /// <summary>Deletes the index folders of other structures and abandoned builds (best effort); never a build under way.</summary>
    public static void RemoveOthers(string dataPath, string keepPath)
    {
        var folder = System.IO.Path.Combine(dataPath, FolderName);
        if (!System.IO.Directory.Exists(folder)) return;
        var keep = System.IO.Path.GetFullPath(keepPath);
        foreach (var entry in System.IO.Directory.EnumerateFileSystemEntries(folder))
        {
            var full = System.IO.Path.GetFullPath(entry);
            if (string.Equals(full, keep, StringComparison.Ordinal) || Building.ContainsKey(full)) continue;
            // Another process may be building: leave recent builds alone; an hour-old one was abandoned.
            if (full.EndsWith(BuildingSuffix, StringComparison.Ordinal)
                && DateTime.UtcNow - System.IO.Directory.GetLastWriteTimeUtc(full) < TimeSpan.FromHours(1)) continue;
            try
            {
                if (System.IO.Directory.Exists(full)) System.IO.Directory.Delete(full, recursive: true);
                else File.Delete(full);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>The Lucene directory implementations the benchmarks compare.</summary>
    internal enum DirectoryChoice
    {
        Preloaded,
        NioFS,
        MMap,
        Ram,
    }

    /// <summary>The directory implementation; only the benchmarks change it, to measure the others.</summary>
    internal static DirectoryChoice DirectoryKind { get; set; } = DirectoryChoice.Preloaded;

    /// <summary>
    /// The Lucene directory of an index folder: <see cref="PreloadedDirectory"/>, chosen by measurement
    /// (`search-latency --directory preloaded|niofs|mmap|ram`, docs/benchmarks.md): NIOFSDirectory's 1 KB reads were
    /// half of a search's time, MMapDirectory was slower still (as apache/lucenenet#1151 reports under concurrency), and
    /// RAMDirectory keeps edits in memory only.
    /// </summary>
    internal static LuceneDirectory OpenDirectory(string path) => DirectoryKind switch
    {
        DirectoryChoice.MMap => new MMapDirectory(new DirectoryInfo(path)),
        // A copy in memory of the folder as it is (the benchmarks only read and update it once).
        DirectoryChoice.Ram when DirectoryReader.IndexExists(FSDirectory.Open(path)) => new RAMDirectory(FSDirectory.Open(path), IOContext.DEFAULT),
        DirectoryChoice.NioFS => new NIOFSDirectory(new DirectoryInfo(path)),
        _ => new PreloadedDirectory(new DirectoryInfo(path)),
    };

    private static void BuildInto(string path, ContentSet content, string structure, IProgress<int>? progress)
    {
        var building = $"{path}.{Guid.NewGuid():n}{BuildingSuffix}";
        Building[building] = 0;
        try
        {
            System.IO.Directory.CreateDirectory(building);
            BuildStarting?.Invoke(building);
            LiveIndex.Build(building, content, structure, progress);
            if (System.IO.Directory.Exists(path))
            {
                // Searchers still open on the old folder keep their files (Unix keeps unlinked files readable).
                var retired = $"{path}.{Guid.NewGuid():n}.retired";
                System.IO.Directory.Move(path, retired);
                TryDelete(retired);
            }
            System.IO.Directory.Move(building, path);
        }
        finally
        {
            Building.TryRemove(building, out _);
            if (System.IO.Directory.Exists(building)) TryDelete(building);
        }
    }

    private static void TryDelete(string folder)
    {
        try { System.IO.Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
