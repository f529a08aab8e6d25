using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Repertoire.Core.Content;
using Repertoire.Core.Index;
using Repertoire.Core.Records;
using Repertoire.Web.Api;
using Repertoire.Web.Infrastructure;
using Repertoire.Web.NeedsWatch;

namespace Repertoire.Web.Pages.Search;

/// <summary>
/// The search page: a GET form (works without JavaScript, every search is a URL), facets with counts, active filters
/// as removable chips, result cards, pagination, "did you mean" and an empty state that offers a way out.
/// </summary>
public sealed class Index(ContentStore store, ISearchEngine engine, SearchRecorder recorder, NodaTime.IClock clock) : LocalizedPageModel
{
    /// <summary>The header a script sends to get only the results region, for as-you-type updates.</summary>
    public const string PartialHeader = "X-Repertoire-Partial";

    /// <summary>The response header carrying the page title of a partial response.</summary>
    public const string TitleHeader = "X-Repertoire-Title";

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
        // The API's reader and checks, so a URL means the same on the page and in GET /api/v1/search.
        var now = clock.GetCurrentInstant();
        var request = SearchRequest.Parse(Request.Query, content, now);
        if (request.Query is null)
        {
            Problem = string.Join(" ", request.Errors.Keys.Select(p => Text.Format("search.problem", ("PARAMETER", p))));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        // The page's language is its URL's; the text is kept as typed, blank meaning "list the filtered listings".
        Query = request.Query with { Lang = Lang, Text = string.IsNullOrWhiteSpace(request.Query.Text) ? null : request.Query.Text };
        var result = engine.Search(Query);
        recorder.Record(HttpContext, Query, result);
        Data = Model.From(result, Query, content, this, engine, now);
        if (!string.IsNullOrWhiteSpace(Query.Text)) Title = Text.Format("search.title.query", ("QUERY", Query.Text.Trim()));
        // The region alone has no <title>: the script reads the page title from this header (escaped, headers are ASCII).
        if (IsPartial) Response.Headers[TitleHeader] = Uri.EscapeDataString($"{Title} · {Text["site.name"]}");
        return Page();
    }

    public sealed record Card(
        string Id, string Name, string Url, string? BasinId, string? Basin, string? Commune, IReadOnlyList<string> Needs,
        string SnippetHtml, IReadOnlyList<string> Phones, IReadOnlyList<string> Languages,
        string? Address, Organisations.ListingFacts? Facts, Shared.MapView.Pin? Pin);

    /// <summary>A facet value; <see cref="Parameter"/> names its own parameter when the group mixes several (availability).</summary>
    public sealed record FacetOption(string Id, string Label, int Count, bool Selected, string? Parameter = null);

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

        /// <summary>When the place named has no offer of its own for what was asked, where the results come from instead.</summary>
        public string? Widened { get; init; }

        /// <summary>
        /// When the query named a language of service ("néerlandophone"): that its speakers come first, and a link
        /// keeping only them (the language filter), unless the filter already does.
        /// </summary>
        public (string Notice, string? OnlyUrl)? SpokenFirst { get; init; }

        /// <summary>The pins of this page's listings that have coordinates; null, and no map, when none has.</summary>
        public Shared.MapView? Map { get; init; }

        public static Model From(SearchResult result, SearchQuery query, ContentSet content, LocalizedPageModel page, ISearchEngine engine,
            NodaTime.Instant now)
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
            var cards = result.Hits.Select(h => ToCard(h, content, labels, lang, now)).ToList();
            return new Model(
                result.Total,
                count,
                cards,
                FacetGroups(result.Facets, query, labels, text),
                ChipsOf(query, labels, text),
                PageLinks(query, lastPage),
                query.Page > 1 ? SearchLink.To(query with { Page = Math.Min(query.Page - 1, lastPage) }) : null,
                query.Page < lastPage ? SearchLink.To(query with { Page = query.Page + 1 }) : null,
                result.Suggestion is { Length: > 0 } suggestion && !string.Equals(suggestion, query.Text?.Trim(), StringComparison.OrdinalIgnoreCase)
                    ? new Link(suggestion, SearchLink.To(query with { Text = suggestion, Page = 1 })) : null,
                empty ? EmptyState.WithoutNarrowestFilter(query, labels, text, engine) : null,
                empty ? EmptyState.RelatedNeeds(query, content, lang) : [],
                SearchLink.To(new SearchQuery { Lang = lang, Text = query.Text, PerPage = query.PerPage }))
            {
                Widened = WidenedNotice(result, labels, text),
                SpokenFirst = SpokenFirstNotice(result, query, labels, text),
                Map = Shared.MapView.OfResults(cards.Select(c => c.Pin), text),
            };
        }

        private static (string, string?)? SpokenFirstNotice(SearchResult result, SearchQuery query, FilterLabels labels, Localization.UiText text)
        {
            if (result.ServiceLanguages.Count == 0 || result.Total == 0) return null;
            var names = string.Join(" / ", result.ServiceLanguages.Select(code => labels.Of(SearchLink.Language, code)));
            var filtered = result.ServiceLanguages.All(query.Languages.Contains);
            return (text.Format("search.spoken.first", ("LANGUAGES", names)),
                filtered ? null : SearchLink.To(query with { Languages = [.. query.Languages.Union(result.ServiceLanguages)], Page = 1 }));
        }

        private static string? WidenedNotice(SearchResult result, FilterLabels labels, Localization.UiText text)
        {
            if (result.Widened == PlaceWidening.None) return null;
            var place = labels.Of(SearchLink.Commune, result.AskedPlace) ?? labels.Of(SearchLink.Basin, result.AskedPlace) ?? result.AskedPlace;
            return result.Widened == PlaceWidening.Basin
                ? text.Format("search.widened.basin", ("PLACE", place), ("BASIN", string.Join(" / ", result.WidenedTo.Select(b => labels.Of(SearchLink.Basin, b)))))
                : text.Format("search.widened.region", ("PLACE", place));
        }

        private static Card ToCard(SearchHit hit, ContentSet content, FilterLabels labels, Language lang, NodaTime.Instant now)
        {
            var organisation = content.Find(hit.Id);
            var listing = organisation is null ? null : Organisations.Details.Model.From(organisation, content, lang);
            return new Card(
                hit.Id,
                hit.Name,
                LocalizedRoutes.ListingPath(hit.Id, lang),
                hit.Basin,
                labels.Of(SearchLink.Basin, hit.Basin),
                labels.Of(SearchLink.Commune, hit.Commune),
                hit.Needs.Select(n => labels.Of(SearchLink.Need, n)!).ToList(),
                SnippetHtml.Sanitise(hit.Snippet),
                organisation?.Phones ?? [],
                organisation?.Languages.Select(l => labels.Of(SearchLink.Language, l)!).ToList() ?? [],
                listing?.Address,
                organisation is null ? null : Organisations.ListingFacts.Of(organisation, now, lang),
                organisation is null ? null : Shared.MapView.PinOf(organisation, hit.Name, LocalizedRoutes.ListingPath(hit.Id, lang)));
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
                // Open now and step-free: two yes/no filters in one group; shown while they can narrow or are ticked.
                new FacetGroup(SearchLink.Availability, text["search.facet.availability"],
                [
                    .. new[]
                    {
                        new FacetOption("true", labels.Of(SearchLink.OpenNow, "true")!, facets.OpenNow, query.OpenNow, SearchLink.OpenNow),
                        new FacetOption("true", labels.Of(SearchLink.Accessible, "true")!, facets.Accessible, query.Accessible, SearchLink.Accessible),
                    }.Where(o => o.Count > 0 || o.Selected),
                ]),
            }.Where(g => g.Options.Count > 0).ToList();
        }

        private static IReadOnlyList<Chip> ChipsOf(SearchQuery query, FilterLabels labels, Localization.UiText text) =>
            EmptyState.ActiveFilters(query).Select(f => new Chip(text[$"search.facet.{GroupOf(f.Parameter)}"], labels.Of(f.Parameter, f.Id)!, SearchLink.To(f.Without))).ToList();

        // A chip names its facet group: the yes/no filters share "Availability", so that a chip reads
        // "Disponibilité : Ouvert maintenant" rather than repeating the filter's own label.
        private static string GroupOf(string parameter) =>
            parameter is SearchLink.OpenNow or SearchLink.Accessible ? SearchLink.Availability : parameter;

        private static IReadOnlyList<PageLink> PageLinks(SearchQuery query, int lastPage)
        {
            if (lastPage <= 1) return [];
            // The first, the last and two either side of the current page: enough to jump without a long row.
            var numbers = new SortedSet<int> { 1, lastPage };
            for (var n = query.Page - 2; n <= query.Page + 2; n++) if (n >= 1 && n <= lastPage) numbers.Add(n);
            return numbers.Select(n => new PageLink(n, SearchLink.To(query with { Page = n }), n == query.Page)).ToList();
        }
    }
}
