using System.Collections.Concurrent;

namespace Repertoire.Core.Index;

/// <summary>
/// The rowid lists FTS5 returned for recent unit expressions, per table. An index file never changes, so a
/// list stays right for the searcher's whole life; typing re-sends the same words at every keystroke. Bounded
/// by the number of rowids held: when full, it starts again empty.
/// </summary>
internal sealed class MatchCache
{
    private readonly ConcurrentDictionary<string, int[][]> _lists = new(StringComparer.Ordinal);
    private readonly long _maxRows;
    private long _rows;

    /// <param name="maxRows">The most rowids held in all (4 bytes each).</param>
    public MatchCache(long maxRows) => _maxRows = maxRows;

    /// <summary>Whether lookups are served from the cache (off for cold benchmarks).</summary>
    public bool Enabled { get; set; } = true;

    public bool TryGet(string key, out int[][] lists)
    {
        lists = [];
        return Enabled && _lists.TryGetValue(key, out lists!);
    }

    public void Add(string key, int[][] lists)
    {
        if (!Enabled) return;
        var size = 0L;
        foreach (var list in lists) size += list.Length + 4;
        if (size > _maxRows / 8) return;
        if (Interlocked.Add(ref _rows, size) > _maxRows)
        {
            _lists.Clear();
            Interlocked.Exchange(ref _rows, size);
        }
        _lists.TryAdd(key, lists);
    }
}
