using Repertoire.Core.Content;
using Repertoire.Core.Index;
using Repertoire.Core.Records;
using Repertoire.Web.Localization;
using Repertoire.Core.Common;
using Repertoire.Web.Pages.Shared;

namespace Repertoire.Web.Pages.Search;

/// <summary>
/// What the search page offers when nothing matches: the same search without its narrowest filter, and related
/// needs that do have services, so a professional is never left at a dead end.
/// </summary>
public static class EmptyState
{
    /// <summary>Each active filter value, with the same query without it.</summary>
    public static IEnumerable<(string Parameter, string Id, SearchQuery Without)> ActiveFilters(SearchQuery q) =>
        q.Basins.Select(v => (SearchLink.Basin, v, q with { Basins = q.Basins.Where(x => x != v).ToList(), Page = 1 }))
            .Concat(q.Communes.Select(v => (SearchLink.Commune, v, q with { Communes = q.Communes.Where(x => x != v).ToList(), Page = 1 })))
            .Concat(q.Sectors.Select(v => (SearchLink.Sector, v, q with { Sectors = q.Sectors.Where(x => x != v).ToList(), Page = 1 })))
            .Concat(q.Needs.Select(v => (SearchLink.Need, v, q with { Needs = q.Needs.Where(x => x != v).ToList(), Page = 1 })))
            .Concat(q.Languages.Select(v => (SearchLink.Language, v, q with { Languages = q.Languages.Where(x => x != v).ToList(), Page = 1 })))
            .Concat(q.OpenNow ? [(SearchLink.OpenNow, "true", q with { OpenNow = false, Page = 1 })] : [])
            .Concat(q.Accessible ? [(SearchLink.Accessible, "true", q with { Accessible = false, Page = 1 })] : []);

    /// <summary>The search without the filter whose removal brings back the most listings (the narrowest), if any.</summary>
    public static Index.Link? WithoutNarrowestFilter(SearchQuery query, FilterLabels labels, UiText text, ISearchEngine engine) =>
        ActiveFilters(query)
            .Select(f => (f.Parameter, f.Id, f.Without, engine.Search(f.Without with { PerPage = 1 }).Total))
            .Where(f => f.Total > 0)
            .OrderByDescending(f => f.Total)
            .Select(f => new Index.Link(text.Format("search.empty.without", ("FILTER", labels.Of(f.Parameter, f.Id))), SearchLink.To(f.Without), f.Total))
            .FirstOrDefault();

    /// <summary>Needs whose words match the text, and the parent and siblings of the needs filtered on, with services.</summary>
    public static IReadOnlyList<Index.Link> RelatedNeeds(SearchQuery query, ContentSet content, Language lang)
    {
        var taxonomy = content.Taxonomy;
        var counts = NeedCounts.Of(content);
        // Words of three letters or more: shorter ones ("de", "à") match inside too many need names.
        var words = TextFolder.Tokens(query.Text).Where(w => w.Length >= 3).ToList();
        var matching = words.Count == 0 ? [] : taxonomy.Needs.Where(n =>
                new[] { n.Label.Get(lang) ?? "" }.Concat(n.Synonyms.In(lang)).Concat(n.Synonyms.In(lang.Other()))
                    .Any(term => words.Any(w => TextFolder.Fold(term).Contains(w, StringComparison.Ordinal))))
            .ToList();
        var family = query.Needs.Select(taxonomy.Need).OfType<TaxonomyTerm>()
            .SelectMany(n => n.Parent is null ? taxonomy.ChildrenOf(n.Id) : taxonomy.ChildrenOf(n.Parent).Append(taxonomy.Need(n.Parent)!))
            .Where(n => !query.Needs.Contains(n.Id));
        return matching.Concat(family).DistinctBy(n => n.Id)
            .Where(n => counts.Total(n.Id) > 0)
            .OrderByDescending(n => counts.Total(n.Id))
            .Take(6)
            .Select(n => new Index.Link(n.Label.Get(lang) ?? n.Id, SearchLink.To(lang, need: n.Id), counts.Total(n.Id)))
            .ToList();
    }
}
