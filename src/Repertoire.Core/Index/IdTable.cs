namespace Repertoire.Core.Index;

/// <summary>A fixed list of ids (basins, needs...) numbered 0..n−1, so per-listing data can be int arrays.</summary>
internal sealed class IdTable
{
    private readonly Dictionary<string, int> _index;

    public IdTable(string[] ids)
    {
        Ids = ids;
        _index = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++) _index.TryAdd(ids[i], i);
    }

    public string[] Ids { get; }

    public int Count => Ids.Length;

    /// <summary>The number of an id, −1 for null or unknown.</summary>
    public int IndexOf(string? id) => id is not null && _index.TryGetValue(id, out var i) ? i : -1;

    /// <summary>The numbers of the known ids among <paramref name="ids"/>, each once.</summary>
    public int[] IndicesOf(IEnumerable<string> ids)
    {
        var result = new List<int>();
        foreach (var id in ids)
        {
            var i = IndexOf(id);
            if (i >= 0 && !result.Contains(i)) result.Add(i);
        }
        return [.. result];
    }

    /// <summary>A membership mask for a filter: null when the filter is empty (everything passes).</summary>
    public bool[]? Mask(IEnumerable<string> ids)
    {
        bool[]? mask = null;
        foreach (var id in ids)
        {
            mask ??= new bool[Count];
            var i = IndexOf(id);
            if (i >= 0) mask[i] = true;
        }
        return mask;
    }
}
