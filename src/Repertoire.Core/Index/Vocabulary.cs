using Lucene.Net.Index;
using Repertoire.Core.Records;

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

    /// <summary>
    /// The vocabulary of an index, read from its term dictionaries: the surface words of the <c>words</c> field
    /// (letters only) with their document frequencies, and the analysed terms of each language's text fields.
    /// </summary>
    public static Vocabulary Of(IndexReader reader)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (term, df) in TermsOf(reader, ListingFields.Words))
        {
            if (term.Length >= 2 && term.All(char.IsLetter)) words[term] = df;
        }
        HashSet<string>[] terms = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
        foreach (var language in LanguageExtensions.All)
        {
            foreach (var kind in ListingFields.TextKinds)
                terms[(int)language].UnionWith(TermsOf(reader, ListingFields.Text(kind, language)).Select(t => t.Term));
        }
        return new Vocabulary(words, terms);
    }

    private static IEnumerable<(string Term, int DocFreq)> TermsOf(IndexReader reader, string field)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null) yield break;
        var e = terms.GetEnumerator();
        while (e.MoveNext()) yield return (e.Term.Utf8ToString(), e.DocFreq);
    }

    /// <summary>Whether some listing uses this exact word.</summary>
    public bool IsWord(string word) => _df.ContainsKey(word);

    /// <summary>How many listings use a word.</summary>
    public int Frequency(string word) => _df.GetValueOrDefault(word);

    /// <summary>Whether the index holds this term in a language.</summary>
    public bool HasTerm(int language, string term) => _terms[language].Contains(term);

    /// <summary>Whether some word starts with <paramref name="prefix"/> (the user may still be typing it).</summary>
    public bool HasPrefix(string prefix)
    {
        var first = LowerBound(prefix);
        return first < _words.Length && _words[first].StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>The most used words starting with <paramref name="prefix"/>, at most <paramref name="max"/>.</summary>
    public List<string> WordsStartingWith(string prefix, int max)
    {
        var found = new List<string>();
        for (var i = LowerBound(prefix); i < _words.Length && _words[i].StartsWith(prefix, StringComparison.Ordinal); i++)
            found.Add(_words[i]);
        if (found.Count > max)
        {
            found.Sort((a, b) => _df[b].CompareTo(_df[a]));
            found.RemoveRange(max, found.Count - max);
        }
        return found;
    }

    private int LowerBound(string prefix)
    {
        int lo = 0, hi = _words.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(_words[mid], prefix) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
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
