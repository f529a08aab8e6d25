using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Repertoire.Core.Content;
using Repertoire.Core.Index;
using Repertoire.Core.Records;
using Repertoire.Web.Infrastructure;
using Repertoire.Web.Pages.Shared;

namespace Repertoire.Web.Pages.Search;

/// <summary>
/// The search page: a GET form (works without JavaScript, every search is a URL), facets with counts, active filters
/// as removable chips, result cards, pagination, "did you mean" and an empty state that offers a way out.
/// </summary>
public sealed class Index(ContentStore store, ISearchEngine engine) : LocalizedPageModel
{
    /// <summary>The header a script sends to get only the results region, for as-you-type updates.</summary>
    public const string PartialHeader = "X-Repertoire-Partial";

    public SearchQuery Query { get; private set; } = new();

    public Model Data { get; private set; } = Model.Empty;

    /// <summary>Why the URL was refused (400), naming the parameter; null when it was fine.</summary>
    public string? Problem { get; private set; }

    /// <summary>Whether to render the results region alone.</summary>
    public bool IsPartial { get; private set; }

    public IActionResult OnGet()
    {
        var content = store.Current;
        IsPartial = Request.Headers[PartialHeader] == "1";
        Response.Headers.Vary = PartialHeader;
        Title = Text["search.title"];
        MetaDescription = Text["search.description"];
        var parsed = SearchParameters.Parse(Request.Query, content, Lang);
        if (parsed.Problem is { } problem)
        {
            Problem = Text.Format("search.problem", ("PARAMETER", problem.Parameter)) + " " + Text[$"search.problem.{problem.Kind}"];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Query = parsed.Query!;
        var result = engine.Search(Query);
        Data = Model.From(result, Query, content, this, engine);
        if (!string.IsNullOrWhiteSpace(Query.Text)) Title = Text.Format("search.title.query", ("QUERY", Query.Text.Trim()));
        return Page();
    }

    public sealed record Card(
        string Id, string Name, string Url, string? BasinId, string? Basin, string? Commune, IReadOnlyList<string> Needs,
        string SnippetHtml, IReadOnlyList<string> Phones, IReadOnlyList<string> Languages);

    public sealed record FacetOption(string Id, string Label, int Count, bool Selected);

    public sealed record FacetGroup(string Parameter, string Title, IReadOnlyList<FacetOption> Options)
    {
        /// <summary>Options shown before "more": the first eight, and any selected one.</summary>
        public const int Visible = 8;
    }

    public sealed record Chip(string Kind, string Label, string RemoveUrl);

    public sealed record Link(string Label, string Url, int? Count = null);

    public sealed record PageLink(int Number, string Url, bool Current);

    public sealed record Model(
        int Total,
        string CountLabel,
        IReadOnlyList<Card> Cards,
        IReadOnlyList<FacetGroup> Facets,
        IReadOnlyList<Chip> Chips,
        IReadOnlyList<PageLink> Pages,
        string? PreviousUrl,
        string? NextUrl,
        Link? DidYouMean,
        Link? WithoutNarrowestFilter,
        IReadOnlyList<Link> RelatedNeeds,
        string ClearUrl)
    {
        public static Model Empty { get; } = new(0, "", [], [], [], [], null, null, null, null, [], "");

        public static Model From(SearchResult result, SearchQuery query, ContentSet content, LocalizedPageModel page, ISearchEngine engine)
        {
            var lang = query.Lang;
            var text = page.Text;
            var labels = new FilterLabels(content, text, lang);
            var lastPage = Math.Max(1, (result.Total + query.PerPage - 1) / query.PerPage);
            var count = result.Total switch
            {
                0 => text["search.count.none"],
                1 => text["search.count.one"],
                _ => text.Format("search.count", ("COUNT", result.Total.ToString("N0", CultureInfo.GetCultureInfo(lang.Tag())))),
            };
            var empty = result.Total == 0;
            return new Model(
                result.Total,
                count,
                result.Hits.Select(h => ToCard(h, content, labels, lang)).ToList(),
                FacetGroups(result.Facets, query, labels, text),
                ChipsOf(query, labels, text),
                PageLinks(query, lastPage),
                query.Page > 1 ? SearchLink.To(query with { Page = Math.Min(query.Page - 1, lastPage) }) : null,
                query.Page < lastPage ? SearchLink.To(query with { Page = query.Page + 1 }) : null,
                result.Suggestion is { Length: > 0 } suggestion && !string.Equals(suggestion, query.Text?.Trim(), StringComparison.OrdinalIgnoreCase)
                    ? new Link(suggestion, SearchLink.To(query with { Text = suggestion, Page = 1 })) : null,
                empty ? WithoutNarrowest(query, labels, text, engine) : null,
                empty ? RelatedNeedsOf(query, content, lang) : [],
                SearchLink.To(new SearchQuery { Lang = lang, Text = query.Text, PerPage = query.PerPage }));
        }

        private static Card ToCard(SearchHit hit, ContentSet content, FilterLabels labels, Language lang)
        {
            var organisation = content.Find(hit.Id);
            return new Card(
                hit.Id,
                hit.Name,
                Organisations.Details.UrlOf(hit.Id, lang),
                hit.Basin,
                labels.Of(SearchLink.Basin, hit.Basin),
                labels.Of(SearchLink.Commune, hit.Commune),
                hit.Needs.Select(n => labels.Of(SearchLink.Need, n)!).ToList(),
                SnippetHtml.Sanitise(hit.Snippet),
                organisation?.Phones ?? [],
                organisation?.Languages.Select(l => labels.Of(SearchLink.Language, l)!).ToList() ?? []);
        }

        private static IReadOnlyList<FacetGroup> FacetGroups(SearchFacets facets, SearchQuery query, FilterLabels labels, Localization.UiText text)
        {
            FacetGroup Group(string parameter, IReadOnlyList<FacetValue> values, IReadOnlyList<string> selected)
            {
                var options = values.Select(v => new FacetOption(v.Id, labels.Of(parameter, v.Id, v.Label)!, v.Count, selected.Contains(v.Id))).ToList();
                // A selected value with no match left must still be shown, or it could not be unticked.
                options.AddRange(selected.Where(s => options.All(o => o.Id != s)).Select(s => new FacetOption(s, labels.Of(parameter, s)!, 0, true)));
                return new FacetGroup(parameter, text[$"search.facet.{parameter}"], options);
            }
            return new[]
            {
                Group(SearchLink.Basin, facets.Basin, query.Basins),
                Group(SearchLink.Need, facets.Need, query.Needs),
                Group(SearchLink.Commune, facets.Commune, query.Communes),
                Group(SearchLink.Sector, facets.Sector, query.Sectors),
                Group(SearchLink.Language, facets.Language, query.Languages),
            }.Where(g => g.Options.Count > 0).ToList();
        }

        private static IEnumerable<(string Parameter, string Id, SearchQuery Without)> Filters(SearchQuery q) =>
            q.Basins.Select(v => (SearchLink.Basin, v, q with { Basins = q.Basins.Where(x => x != v).ToList(), Page = 1 }))
                .Concat(q.Communes.Select(v => (SearchLink.Commune, v, q with { Communes = q.Communes.Where(x => x != v).ToList(), Page = 1 })))
                .Concat(q.Sectors.Select(v => (SearchLink.Sector, v, q with { Sectors = q.Sectors.Where(x => x != v).ToList(), Page = 1 })))
                .Concat(q.Needs.Select(v => (SearchLink.Need, v, q with { Needs = q.Needs.Where(x => x != v).ToList(), Page = 1 })))
                .Concat(q.Languages.Select(v => (SearchLink.Language, v, q with { Languages = q.Languages.Where(x => x != v).ToList(), Page = 1 })));

        private static IReadOnlyList<Chip> ChipsOf(SearchQuery query, FilterLabels labels, Localization.UiText text) =>
            Filters(query).Select(f => new Chip(text[$"search.facet.{f.Parameter}"], labels.Of(f.Parameter, f.Id)!, SearchLink.To(f.Without))).ToList();

        private static IReadOnlyList<PageLink> PageLinks(SearchQuery query, int lastPage)
        {
            if (lastPage <= 1) return [];
            // The first, the last and two either side of the current page: enough to jump without a long row.
            var numbers = new SortedSet<int> { 1, lastPage };
            for (var n = query.Page - 2; n <= query.Page + 2; n++) if (n >= 1 && n <= lastPage) numbers.Add(n);
            return numbers.Select(n => new PageLink(n, SearchLink.To(query with { Page = n }), n == query.Page)).ToList();
        }

        // The narrowest filter is the one whose removal brings back the most listings.
        private static Link? WithoutNarrowest(SearchQuery query, FilterLabels labels, Localization.UiText text, ISearchEngine engine) =>
            Filters(query)
                .Select(f => (f.Parameter, f.Id, f.Without, engine.Search(f.Without with { PerPage = 1 }).Total))
                .Where(f => f.Total > 0)
                .OrderByDescending(f => f.Total)
                .Select(f => new Link(text.Format("search.empty.without", ("FILTER", labels.Of(f.Parameter, f.Id))), SearchLink.To(f.Without), f.Total))
                .FirstOrDefault();

        private static IReadOnlyList<Link> RelatedNeedsOf(SearchQuery query, ContentSet content, Language lang)
        {
            var taxonomy = content.Taxonomy;
            var counts = NeedCounts.Of(content);
            var words = TextFolding.Words(query.Text);
            var matching = words.Count == 0 ? [] : taxonomy.Needs.Where(n =>
                    new[] { n.Label.Get(lang) ?? "" }.Concat(n.Synonyms.In(lang)).Concat(n.Synonyms.In(lang.Other()))
                        .Any(term => words.Any(w => TextFolding.Fold(term).Contains(w, StringComparison.Ordinal))))
                .ToList();
            var family = query.Needs.Select(taxonomy.Need).OfType<TaxonomyTerm>()
                .SelectMany(n => n.Parent is null ? taxonomy.ChildrenOf(n.Id) : taxonomy.ChildrenOf(n.Parent).Append(taxonomy.Need(n.Parent)!))
                .Where(n => !query.Needs.Contains(n.Id));
            return matching.Concat(family).DistinctBy(n => n.Id)
                .Where(n => counts.Total(n.Id) > 0)
                .OrderByDescending(n => counts.Total(n.Id))
                .Take(6)
                .Select(n => new Link(n.Label.Get(lang) ?? n.Id, SearchLink.To(lang, need: n.Id), counts.Total(n.Id)))
                .ToList();
        }
    }
}
