using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Primitives;
using Repertoire.Core.Content;
using Repertoire.Core.Index;
using Repertoire.Core.Records;

namespace Repertoire.Web.Api;

/// <summary>
/// Reads a search from a query string (<c>q</c>, <c>lang</c>, <c>basin</c>, <c>commune</c>, <c>sector</c>,
/// <c>need</c>, <c>language</c>, <c>open_now</c>, <c>accessible</c>, <c>page</c>, <c>per_page</c>) and checks it against the content served: either a
/// <see cref="SearchQuery"/> or the errors per parameter. Shared by the API and the site's search page.
/// </summary>
public sealed partial class SearchRequest
{
    private SearchRequest(SearchQuery? query, Dictionary<string, string[]> errors)
    {
        Query = query;
        Errors = errors;
    }

    /// <summary>The search, when every parameter is valid.</summary>
    public SearchQuery? Query { get; }

    /// <summary>The messages per parameter name; empty when valid.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>Whether every parameter is valid.</summary>
    public bool IsValid => Query is not null;

    /// <summary>Reads and checks a query string.</summary>
    /// <param name="parameters">The query string.</param>
    /// <param name="content">The content served, to check ids.</param>
    /// <param name="at">The instant <c>open_now</c> is evaluated at (the site's clock; the system clock's when null).</param>
    public static SearchRequest Parse(IQueryCollection parameters, ContentSet content, NodaTime.Instant? at = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(content);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var text = parameters["q"].ToString();
        if (parameters["q"].Count > 1) text = string.Join(' ', parameters["q"].ToArray());
        if (text.Length > SearchQuery.MaxTextLength)
            errors["q"] = [$"q is at most {SearchQuery.MaxTextLength} characters."];
        var lang = Language.Fr;
        var langValues = parameters["lang"];
        if (!StringValues.IsNullOrEmpty(langValues))
        {
            if (langValues.Count == 1 && langValues[0] is { Length: 2 } code && LanguageExtensions.TryParse(code, out lang)) { }
            else errors["lang"] = ["lang is fr or nl."];
        }
        var page = Number(parameters, "page", 1, 1, int.MaxValue / SearchQuery.MaxPerPage, errors, "page is a whole number from 1.");
        var perPage = Number(parameters, "per_page", 20, 1, SearchQuery.MaxPerPage, errors,
            $"per_page is a whole number from 1 to {SearchQuery.MaxPerPage}.");
        var territory = content.Territory;
        var taxonomy = content.Taxonomy;
        var basins = Ids(parameters, "basin", id => territory.Basin(id) is not null, errors);
        var communes = Ids(parameters, "commune", id => territory.Commune(id) is not null, errors);
        var sectors = Ids(parameters, "sector", id => taxonomy.Sector(id) is not null, errors);
        var needs = Ids(parameters, "need", id => taxonomy.Need(id) is not null, errors);
        var languages = Ids(parameters, "language", id => LanguageCode().IsMatch(id), errors);
        var openNow = Flag(parameters, "open_now", errors);
        var accessible = Flag(parameters, "accessible", errors);
        if (errors.Count > 0) return new SearchRequest(null, errors);
        return new SearchRequest(new SearchQuery
        {
            Text = text,
            Lang = lang,
            Basins = basins,
            Communes = communes,
            Sectors = sectors,
            Needs = needs,
            Languages = languages,
            OpenNow = openNow,
            Accessible = accessible,
            At = at,
            Page = page,
            PerPage = perPage,
        }, errors);
    }

    /// <summary>A one-line account of the errors, naming each parameter.</summary>
    public string Describe() => string.Join(" ", Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));

    private static int Number(IQueryCollection parameters, string name, int fallback, int min, int max,
        Dictionary<string, string[]> errors, string message)
    {
        var values = parameters[name];
        if (StringValues.IsNullOrEmpty(values)) return fallback;
        if (values.Count == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            return n;
        errors[name] = [message];
        return fallback;
    }

    // "true" or "false" (a ticked checkbox sends "true"); anything else is a 400 naming the parameter, rather than a
    // filter silently ignored.
    private static bool Flag(IQueryCollection parameters, string name, Dictionary<string, string[]> errors)
    {
        var values = parameters[name];
        if (StringValues.IsNullOrEmpty(values)) return false;
        if (values.Count == 1 && values[0] is "true" or "false") return values[0] == "true";
        errors[name] = [$"{name} is true or false."];
        return false;
    }

    private static string[] Ids(IQueryCollection parameters, string name, Func<string, bool> known, Dictionary<string, string[]> errors)
    {
        var values = parameters[name];
        if (values.Count == 0) return [];
        // "basin=a,b" is read as two ids, like "basin=a&basin=b".
        var ids = values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal).ToArray();
        var unknown = ids.Where(id => !known(id)).ToList();
        if (unknown.Count > 0)
            errors[name] = [$"unknown {name} id: {string.Join(", ", unknown.Take(5).Select(u => u.Length > 40 ? u[..40] + "…" : u))}."];
        return ids;
    }

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguageCode();
}
