using Repertoire.Core.Analysis;
using Repertoire.Core.Common;
using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>
/// The needs a search asks for, through the taxonomy: the need filters, and each need one of whose labels or
/// synonyms has all its words in the query, so "colis alimentaires", "voedselpakket" and "aide alimentaire Jette"
/// all name the need "aide-alimentaire". Names in the interface language compare by their analysed terms (stems:
/// "colis alimentaires" names "colis alimentaire"); names in the other language compare by their folded words,
/// because stems of two languages collide ("aide" and "aids" share the Dutch stem "aid").
/// Only the most specific needs are kept: a need is dropped when one of its sub-needs is also named.
/// Engine-independent (it reads only the taxonomy and the analyzers), so any engine reports the same needs.
/// Thread-safe.
/// </summary>
public sealed class NeedMatcher
{
    /// <summary>The most needs reported for one search.</summary>
    public const int MaxNeeds = 8;

    private readonly Taxonomy _taxonomy;
    private readonly AnalyzerSet _analyzers;

    // Per language: a name's first term → the names starting with it (need id and all the name's terms); the
    // same for folded words. A name is a candidate only when its first term or word was typed, so a search
    // costs one lookup per query term.
    private readonly Dictionary<string, List<(string Need, string[] Terms)>>[] _byTerm =
        [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
    private readonly Dictionary<string, List<(string Need, string[] Terms)>>[] _byWord =
        [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];

    /// <summary>Analyses every label and synonym of the taxonomy's needs once.</summary>
    public NeedMatcher(Taxonomy taxonomy, AnalyzerSet analyzers)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(analyzers);
        _taxonomy = taxonomy;
        _analyzers = analyzers;
        foreach (var need in taxonomy.Needs)
        {
            foreach (var language in LanguageExtensions.All)
            {
                foreach (var name in TaxonomyExpander.Names(need, language))
                {
                    Add(_byTerm[(int)language], need.Id, analyzers.For(language).Terms(name));
                    Add(_byWord[(int)language], need.Id, TextFolder.Tokens(name));
                }
            }
        }
    }

    /// <summary>
    /// The need ids a search asks for: its need filters first, then the needs its text names, most specific
    /// only, each once, at most <see cref="MaxNeeds"/>.
    /// </summary>
    /// <param name="text">The text to read: the corrected text when the engine corrected a typo, else as typed.</param>
    /// <param name="language">The interface language.</param>
    /// <param name="filters">The search's need filters (known ids).</param>
    public IReadOnlyList<string> Match(string? text, Language language, IReadOnlyList<string> filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var found = new List<string>(filters.Count + 2);
        foreach (var id in filters)
        {
            if (_taxonomy.Need(id) is not null && !found.Contains(id)) found.Add(id);
        }
        if (!string.IsNullOrWhiteSpace(text))
        {
            if (text.Length > SearchQuery.MaxTextLength) text = text[..SearchQuery.MaxTextLength];
            Collect(_byTerm[(int)language], _analyzers.For(language).Terms(text), found);
            Collect(_byWord[(int)language.Other()], TextFolder.Tokens(text), found);
        }
        if (found.Count > 1)
        {
            // "aide sociale générale" names both the parent "aide-sociale" and its child: the child says more.
            var broader = found.SelectMany(id => _taxonomy.SelfAndAncestors(id).Skip(1)).ToHashSet(StringComparer.Ordinal);
            found.RemoveAll(broader.Contains);
        }
        return found.Count > MaxNeeds ? found[..MaxNeeds] : found;
    }

    private static void Add(Dictionary<string, List<(string Need, string[] Terms)>> index, string need, IEnumerable<string> terms)
    {
        var distinct = terms.Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length == 0) return;
        if (!index.TryGetValue(distinct[0], out var names)) index[distinct[0]] = names = [];
        names.Add((need, distinct));
    }

    private static void Collect(Dictionary<string, List<(string Need, string[] Terms)>> index, IEnumerable<string> query, List<string> found)
    {
        var terms = new HashSet<string>(query, StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (!index.TryGetValue(term, out var names)) continue;
            foreach (var (need, nameTerms) in names)
            {
                if (!found.Contains(need) && nameTerms.All(terms.Contains)) found.Add(need);
            }
        }
    }
}
