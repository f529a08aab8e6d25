namespace Repertoire.Core.Index;

/// <summary>
/// The words and terms of an index: tells a known word (or a known inflection, or the beginning of a known
/// word) from a typo, and proposes corrections for typos.
/// </summary>
internal sealed class Vocabulary
{
    private readonly string[] _words;
    private readonly Dictionary<string, int> _df;
    private readonly HashSet<string>[] _terms;
    private readonly FuzzyMatcher _fuzzy;

    /// <param name="words">Surface words (lower-case, folded) with the number of listings using them.</param>
    /// <param name="terms">Analysed terms per language (0 fr, 1 nl).</param>
    public Vocabulary(IReadOnlyDictionary<string, int> words, HashSet<string>[] terms)
    {
        _words = [.. words.Keys.Order(StringComparer.Ordinal)];
        _df = new Dictionary<string, int>(words, StringComparer.Ordinal);
        _terms = terms;
        _fuzzy = new FuzzyMatcher(_words);
    }

    public int WordCount => _words.Length;

    /// <summary>Whether some listing uses this exact word.</summary>
    public bool IsWord(string word) => _df.ContainsKey(word);

    /// <summary>How many listings use a word.</summary>
    public int Frequency(string word) => _df.GetValueOrDefault(word);

    /// <summary>Whether the index holds this term in a language.</summary>
    public bool HasTerm(int language, string term) => _terms[language].Contains(term);

    /// <summary>Whether some word starts with <paramref name="prefix"/> (the user may still be typing it).</summary>
    public bool HasPrefix(string prefix)
    {
        int lo = 0, hi = _words.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(_words[mid], prefix) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo < _words.Length && _words[lo].StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>
    /// The likeliest corrections of a misspelled word: the words at the smallest distance allowed for its
    /// length, most used first, at most <paramref name="max"/>.
    /// </summary>
    public List<string> Corrections(string word, int max = 3)
    {
        var found = _fuzzy.Lookup(word, EditDistance.Allowed(word.Length));
        var result = new List<string>();
        if (found.Count == 0) return result;
        var best = found[0].Distance;
        foreach (var (candidate, _) in found
            .Where(f => f.Distance == best)
            .OrderByDescending(f => _df.GetValueOrDefault(f.Word))
            .ThenBy(f => f.Word, StringComparer.Ordinal)
            .Take(max))
            result.Add(candidate);
        return result;
    }
}
