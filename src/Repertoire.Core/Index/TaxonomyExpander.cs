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

    /// <summary>Creates the expander over a taxonomy.</summary>
    public TaxonomyExpander(Taxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        _taxonomy = taxonomy;
    }

    /// <summary>The labels and synonyms of the listing's own needs and sectors, in one language.</summary>
    public string OwnTerms(Organisation listing, Language language)
    {
        var text = new StringBuilder();
        foreach (var id in listing.Needs) Append(text, _taxonomy.Need(id), language);
        foreach (var id in listing.Sectors) Append(text, _taxonomy.Sector(id), language);
        return text.ToString();
    }

    /// <summary>The labels and synonyms of the needs above the listing's needs, in one language.</summary>
    public string BroaderTerms(Organisation listing, Language language)
    {
        var own = new HashSet<string>(listing.Needs, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var id in listing.Needs)
        {
            foreach (var ancestor in _taxonomy.SelfAndAncestors(id).Skip(1))
            {
                if (!own.Contains(ancestor) && seen.Add(ancestor)) Append(text, _taxonomy.Need(ancestor), language);
            }
        }
        return text.ToString();
    }

    private static void Append(StringBuilder text, TaxonomyTerm? term, Language language)
    {
        if (term is null) return;
        // A sentence break between entries keeps one label's last word and the next one's first from
        // reading as a phrase.
        if (term.Label.In(language) is { } label) text.Append(label).Append(" . ");
        foreach (var synonym in term.Synonyms.In(language)) text.Append(synonym).Append(" . ");
    }
}
