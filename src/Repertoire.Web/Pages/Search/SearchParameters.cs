using System.Globalization;
using Microsoft.Extensions.Primitives;
using Repertoire.Core.Content;
using Repertoire.Core.Index;
using Repertoire.Core.Records;

namespace Repertoire.Web.Pages.Search;

/// <summary>
/// Reads the search page's query string (the API's parameters) into a <see cref="SearchQuery"/>, refusing what the
/// API refuses: an unknown id, a page below 1, a page size out of range, a text that is too long.
/// </summary>
public static class SearchParameters
{
    /// <summary>Why a parameter was refused: <c>unknown</c>, <c>range</c> or <c>length</c>.</summary>
    public sealed record ParameterProblem(string Parameter, string Kind);

    /// <summary>The query, or the first problem found.</summary>
    public sealed record Parsed(SearchQuery? Query, ParameterProblem? Problem);

    /// <summary>Parses and validates against the content's ids.</summary>
    public static Parsed Parse(IQueryCollection parameters, ContentSet content, Language lang)
    {
        var text = parameters[SearchLink.Text].ToString();
        if (text.Length > SearchQuery.MaxTextLength) return Fail(SearchLink.Text, "length");
        ParameterProblem? problem = null;
        IReadOnlyList<string> Ids(string name, Func<string, bool> known)
        {
            var values = Values(parameters[name]);
            if (problem is null && values.FirstOrDefault(v => !known(v)) is not null) problem = new ParameterProblem(name, "unknown");
            return values;
        }
        var basins = Ids(SearchLink.Basin, id => content.Territory.Basin(id) is not null);
        var communes = Ids(SearchLink.Commune, id => content.Territory.Commune(id) is not null);
        var sectors = Ids(SearchLink.Sector, id => content.Taxonomy.Sector(id) is not null);
        var needs = Ids(SearchLink.Need, id => content.Taxonomy.Need(id) is not null);
        var languages = Ids(SearchLink.Language, id => id.Length is >= 2 and <= 3 && id.All(char.IsAsciiLetterLower));
        if (problem is not null) return new Parsed(null, problem);
        if (!Number(parameters[SearchLink.Page], 1, int.MaxValue, 1, out var page)) return Fail(SearchLink.Page, "range");
        if (!Number(parameters[SearchLink.PerPage], 1, SearchQuery.MaxPerPage, SearchLink.DefaultPerPage, out var perPage))
            return Fail(SearchLink.PerPage, "range");
        return new Parsed(new SearchQuery
        {
            Text = string.IsNullOrWhiteSpace(text) ? null : text,
            Lang = lang,
            Basins = basins,
            Communes = communes,
            Sectors = sectors,
            Needs = needs,
            Languages = languages,
            Page = page,
            PerPage = perPage,
        }, null);
    }

    private static Parsed Fail(string parameter, string kind) => new(null, new ParameterProblem(parameter, kind));

    // Repeated parameters and comma-separated lists both work: ?need=a&need=b and ?need=a,b.
    private static List<string> Values(StringValues values) =>
        values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal).ToList();

    private static bool Number(StringValues value, int min, int max, int fallback, out int number)
    {
        number = fallback;
        if (StringValues.IsNullOrEmpty(value)) return true;
        return int.TryParse(value.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= min && number <= max;
    }
}
