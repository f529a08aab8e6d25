namespace Repertoire.Core.Index;

/// <summary>
/// Finds the dictionary words within a few edits of a word, SymSpell-style: every word is stored under the
/// hashes of its deletions (up to two), a query looks up the hashes of its own deletions, and candidates are
/// confirmed with the real distance. Lookups cost a few dozen binary searches, independent of the dictionary size.
/// </summary>
internal sealed class FuzzyMatcher
{
    private readonly string[] _words;
    private readonly ulong[] _hashes;
    private readonly int[] _wordOf;

    /// <summary>Indexes <paramref name="words"/> (lower-case, folded).</summary>
    public FuzzyMatcher(string[] words)
    {
        _words = words;
        var pairs = new List<(ulong Hash, int Word)>(words.Length * 16);
        var seen = new HashSet<ulong>();
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            if (word.Length < 3) continue;
            seen.Clear();
            // A dictionary word of 6+ letters may be two edits from a query word of 8+.
            Deletions(word, word.Length >= 6 ? 2 : 1, seen);
            foreach (var hash in seen) pairs.Add((hash, w));
        }
        pairs.Sort((x, y) => x.Hash.CompareTo(y.Hash));
        _hashes = new ulong[pairs.Count];
        _wordOf = new int[pairs.Count];
        for (var i = 0; i < pairs.Count; i++) (_hashes[i], _wordOf[i]) = pairs[i];
    }

    /// <summary>The dictionary words within <paramref name="maxDistance"/> edits of <paramref name="word"/>, nearest first.</summary>
    public List<(string Word, int Distance)> Lookup(string word, int maxDistance)
    {
        var found = new List<(string Word, int Distance)>();
        if (maxDistance <= 0 || word.Length < 3) return found;
        var hashes = new HashSet<ulong>();
        Deletions(word, maxDistance, hashes);
        var candidates = new HashSet<int>();
        foreach (var hash in hashes)
        {
            var i = LowerBound(hash);
            for (; i < _hashes.Length && _hashes[i] == hash; i++) candidates.Add(_wordOf[i]);
        }
        foreach (var c in candidates)
        {
            var distance = EditDistance.Bounded(word, _words[c], maxDistance);
            if (distance <= maxDistance && distance > 0) found.Add((_words[c], distance));
        }
        found.Sort((x, y) => x.Distance.CompareTo(y.Distance));
        return found;
    }

    private int LowerBound(ulong hash)
    {
        int lo = 0, hi = _hashes.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_hashes[mid] < hash) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static void Deletions(string word, int depth, HashSet<ulong> into)
    {
        Span<char> buffer = stackalloc char[Math.Min(word.Length, 64)];
        var span = word.AsSpan(0, buffer.Length);
        span.CopyTo(buffer);
        Delete(buffer, span.Length, depth, into);
    }

    private static void Delete(Span<char> buffer, int length, int depth, HashSet<ulong> into)
    {
        into.Add(Hash(buffer[..length]));
        if (depth == 0 || length <= 1) return;
        Span<char> next = stackalloc char[length - 1];
        for (var i = 0; i < length; i++)
        {
            buffer[..i].CopyTo(next);
            buffer[(i + 1)..length].CopyTo(next[i..]);
            Delete(next, length - 1, depth - 1, into);
        }
    }

    private static ulong Hash(ReadOnlySpan<char> s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s) h = (h ^ c) * 1099511628211UL;
        return h ^ (ulong)s.Length;
    }
}
