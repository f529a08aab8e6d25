using System.Text;
using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>
/// Puts the taxonomy into each listing's index entry, in both languages: the labels and synonyms of its
/// needs and sectors, and those of the needs above them. A query word matching a need's label or synonym in
/// either language thus finds the listings of that need and of its sub-needs, even when their descriptions
/// are in the other language only.
/// </summary>
public sealed class TaxonomyExpander
{
    private readonly Taxonomy _taxonomy;
    private readonly Dictionary<string, List<TaxonomyTerm>> _byWord = new(StringComparer.Ordinal);

    /// <summary>Creates the expander over a taxonomy.</summary>
    public TaxonomyExpander(Taxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        _taxonomy = taxonomy;
        foreach (var term in taxonomy.Needs)
        {
            foreach (var language in LanguageExtensions.All)
            {
                foreach (var name in term.Synonyms.In(language).Prepend(term.Label.In(language) ?? ""))
                {
                    if (PlaceMatcher.Words(name) is not [var word]) continue;
                    if (!_byWord.TryGetValue(word, out var terms)) _byWord[word] = terms = [];
                    if (!terms.Contains(term)) terms.Add(term);
                }
            }
        }
    }

    /// <summary>
    /// The needs one of whose labels or synonyms is exactly this one word (lower-case, folded):
    /// an acronym such as "RIS" names the need of "revenu d'intégration" and "leefloon".
    /// </summary>
    public IReadOnlyList<TaxonomyTerm> TermsNamedBy(string word) =>
        _byWord.TryGetValue(word, out var terms) ? terms : [];

    /// <summary>All labels and synonyms of a term in one language.</summary>
    public static IEnumerable<string> Names(TaxonomyTerm term, Language language)
    {
        ArgumentNullException.ThrowIfNull(term);
        return term.Synonyms.In(language).Prepend(term.Label.In(language) ?? "").Where(n => n.Length > 0);
    }

    /// <summary>The listing's own needs and sectors.</summary>
    public IEnumerable<TaxonomyTerm> OwnTerms(Organisation listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        foreach (var id in listing.Needs) if (_taxonomy.Need(id) is { } need) yield return need;
        foreach (var id in listing.Sectors) if (_taxonomy.Sector(id) is { } sector) yield return sector;
    }

    /// <summary>The needs above the listing's needs, each once, none of its own.</summary>
    public IEnumerable<TaxonomyTerm> BroaderTerms(Organisation listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var own = new HashSet<string>(listing.Needs, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in listing.Needs)
        {
            foreach (var ancestor in _taxonomy.SelfAndAncestors(id).Skip(1))
            {
                if (!own.Contains(ancestor) && seen.Add(ancestor) && _taxonomy.Need(ancestor) is { } need) yield return need;
            }
        }
    }

    /// <summary>The words a term brings into the index in one language: its label and synonyms.</summary>
    public static string Text(TaxonomyTerm term, Language language)
    {
        ArgumentNullException.ThrowIfNull(term);
        var text = new StringBuilder();
        // A sentence break between entries keeps one label's last word and the next one's first apart.
        if (term.Label.In(language) is { } label) text.Append(label).Append(" . ");
        foreach (var synonym in term.Synonyms.In(language)) text.Append(synonym).Append(" . ");
        return text.ToString();
    }
}
