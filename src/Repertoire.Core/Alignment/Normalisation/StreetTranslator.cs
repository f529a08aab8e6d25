namespace Repertoire.Core.Alignment.Normalisation;

/// <summary>French-Dutch street-name equivalences learned from bilingual records (Bruxelles-Social gives
/// streetFr and streetNl together): "Rue du Curé" and "Pastoorstraat" end up with one canonical key.</summary>
public sealed class StreetTranslator
{
    private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);
    private readonly HashSet<string> _learned = new(StringComparer.Ordinal);

    /// <summary>Records that the two street names (any languages) name the same street.</summary>
    public void Learn(string? first, string? second)
    {
        var a = StreetNormaliser.Key(first);
        var b = StreetNormaliser.Key(second);
        if (a.Length == 0 || b.Length == 0) return;
        _learned.Add(a);
        _learned.Add(b);
        var rootA = Find(a);
        var rootB = Find(b);
        if (rootA == rootB) return;
        // The smaller key as root keeps the canonical form independent of the order of learning.
        if (string.CompareOrdinal(rootA, rootB) < 0) _parent[rootB] = rootA;
        else _parent[rootA] = rootB;
    }

    /// <summary>The canonical key of a street name: the key shared by all its learned translations.</summary>
    public string Canonical(string? street)
    {
        var key = StreetNormaliser.Key(street);
        return key.Length == 0 ? key : Find(key);
    }

    /// <summary>True when the key was seen in a learned pair, so that its translation (if any) is known.</summary>
    public bool IsLearned(string key) => _learned.Contains(key);

    /// <summary>The canonical key of an already computed street key.</summary>
    public string CanonicalOfKey(string key) => key.Length == 0 ? key : Find(key);

    private string Find(string key)
    {
        var current = key;
        while (_parent.TryGetValue(current, out var parent)) current = parent;
        // Path compression keeps later look-ups short.
        var node = key;
        while (_parent.TryGetValue(node, out var parent) && parent != current)
        {
            _parent[node] = current;
            node = parent;
        }
        return current;
    }
}
