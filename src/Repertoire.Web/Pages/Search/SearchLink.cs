using System.Text;
using Repertoire.Core.Index;
using Repertoire.Core.Records;
using Repertoire.Web.Infrastructure;

namespace Repertoire.Web.Pages.Search;

/// <summary>
/// URLs of the search page for a query: the same parameters as <c>GET /api/v1/search</c>, so a search is a
/// shareable link and the home, the coverage table and the facets all point at the same page.
/// </summary>
public static class SearchLink
{
    /// <summary>The parameter names, in the order they appear in URLs.</summary>
    public const string Text = "q", Basin = "basin", Commune = "commune", Sector = "sector", Need = "need", Language = "language",
        OpenNow = "open_now", Accessible = "accessible", Page = "page", PerPage = "per_page";

    /// <summary>The facet group of the yes/no filters (not a parameter itself).</summary>
    public const string Availability = "availability";

    /// <summary>The default page size of the site.</summary>
    public const int DefaultPerPage = 20;

    /// <summary>The search page of a language, e.g. <c>/nl/zoeken</c>.</summary>
    public static string PathOf(Core.Records.Language language) => LocalizedRoutes.PathOf("/Search/Index", language);

    /// <summary>The URL of a query on the search page, in the query's language.</summary>
    public static string To(SearchQuery query)
    {
        var parameters = Filters(query);
        if (query.Page > 1) parameters.Add((Page, query.Page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (query.PerPage != DefaultPerPage) parameters.Add((PerPage, query.PerPage.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return PathOf(query.Lang) + QueryString(parameters);
    }

    /// <summary>
    /// The CSV of every result of a query (<c>GET /api/v1/search?format=csv</c>), in the query's language: the same
    /// text and filters, no page.
    /// </summary>
    public static string Csv(SearchQuery query)
    {
        var parameters = Filters(query);
        parameters.Insert(0, ("lang", query.Lang.Code()));
        parameters.Add(("format", "csv"));
        return "/api/v1/search" + QueryString(parameters);
    }

    private static List<(string, string)> Filters(SearchQuery query)
    {
        var parameters = new List<(string, string)>();
        if (!string.IsNullOrWhiteSpace(query.Text)) parameters.Add((Text, query.Text.Trim()));
        parameters.AddRange(query.Basins.Select(v => (Basin, v)));
        parameters.AddRange(query.Communes.Select(v => (Commune, v)));
        parameters.AddRange(query.Sectors.Select(v => (Sector, v)));
        parameters.AddRange(query.Needs.Select(v => (Need, v)));
        parameters.AddRange(query.Languages.Select(v => (Language, v)));
        if (query.OpenNow) parameters.Add((OpenNow, "true"));
        if (query.Accessible) parameters.Add((Accessible, "true"));
        return parameters;
    }

    /// <summary>A search on one basin, need or commune (home page, coverage table).</summary>
    public static string To(Core.Records.Language language, string? basin = null, string? need = null, string? commune = null) => To(new SearchQuery
    {
        Lang = language,
        Basins = basin is null ? [] : [basin],
        Needs = need is null ? [] : [need],
        Communes = commune is null ? [] : [commune],
        PerPage = DefaultPerPage,
    });

    // Spaces as "+", as a browser submitting the form writes them, so the same search has one URL.
    private static string QueryString(List<(string Name, string Value)> parameters)
    {
        if (parameters.Count == 0) return "";
        var builder = new StringBuilder();
        foreach (var (name, value) in parameters)
            builder.Append(builder.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value).Replace("%20", "+", StringComparison.Ordinal));
        return builder.ToString();
    }
}
