using System.Text.Json;
using System.Text.Json.Serialization;
using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>
/// The JSON document of <c>GET /api/v1/search</c> (and of <c>repertoire search --json</c>), exactly as the API
/// contract spells it: snake_case, facets by kind, <c>suggestion</c> null when nothing looked misspelled.
/// </summary>
public sealed record SearchResponse(
    [property: JsonPropertyName("query")] string Query,
    [property: JsonPropertyName("lang")] string Lang,
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("page")] int Page,
    [property: JsonPropertyName("per_page")] int PerPage,
    [property: JsonPropertyName("results")] IReadOnlyList<SearchResponseHit> Results,
    [property: JsonPropertyName("facets")] SearchResponseFacets Facets,
    [property: JsonPropertyName("suggestion")] string? Suggestion,
    [property: JsonPropertyName("url")] string? Url)
{
    /// <summary>
    /// When the query named a place with no offer of its own for what was asked: how far the results reach
    /// (<c>basin</c>, with the basins holding the place, or <c>region</c>); null otherwise.
    /// </summary>
    [JsonPropertyName("widened")]
    public SearchResponseWidening? Widened { get; init; }

    /// <summary>Serializer options for writing the document outside ASP.NET (the names are fixed by attributes).</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The document of a search result. <paramref name="listingUrl"/> gives a listing's page in the result's
    /// language and <paramref name="searchUrl"/> the same search on the site's search page (all its results): the
    /// site knows its own URLs (Core does not), and without them (the command line) both <c>url</c>s are null.
    /// </summary>
    public static SearchResponse From(SearchResult result, Func<string, Language, string>? listingUrl = null, string? searchUrl = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var hits = result.Hits.Select(h => new SearchResponseHit(h.Id, h.Name, h.Snippet, h.Basin, h.Commune, h.Sectors, h.Needs,
            listingUrl?.Invoke(h.Id, result.Lang), h.Score)).ToList();
        var f = result.Facets;
        return new SearchResponse(result.Query, result.Lang.Code(), result.Total, result.Page, result.PerPage, hits,
            new SearchResponseFacets(Values(f.Basin), Values(f.Commune), Values(f.Sector), Values(f.Need), Values(f.Language)),
            result.Suggestion, searchUrl)
        {
            Widened = result.Widened == PlaceWidening.None ? null
                : new SearchResponseWidening(result.AskedPlace, result.Widened == PlaceWidening.Basin ? "basin" : "region", result.WidenedTo),
        };
    }

    private static List<SearchResponseFacetValue> Values(IReadOnlyList<FacetValue> values) =>
        values.Select(v => new SearchResponseFacetValue(v.Id, v.Label, v.Count)).ToList();
}

/// <summary>One result of the search document.</summary>
public sealed record SearchResponseHit(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("snippet")] string Snippet,
    [property: JsonPropertyName("basin")] string? Basin,
    [property: JsonPropertyName("commune")] string? Commune,
    [property: JsonPropertyName("sectors")] IReadOnlyList<string> Sectors,
    [property: JsonPropertyName("needs")] IReadOnlyList<string> Needs,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("score")] double Score);

/// <summary>The facets of the search document.</summary>
public sealed record SearchResponseFacets(
    [property: JsonPropertyName("basin")] IReadOnlyList<SearchResponseFacetValue> Basin,
    [property: JsonPropertyName("commune")] IReadOnlyList<SearchResponseFacetValue> Commune,
    [property: JsonPropertyName("sector")] IReadOnlyList<SearchResponseFacetValue> Sector,
    [property: JsonPropertyName("need")] IReadOnlyList<SearchResponseFacetValue> Need,
    [property: JsonPropertyName("language")] IReadOnlyList<SearchResponseFacetValue> Language);

/// <summary>One facet value of the search document.</summary>
public sealed record SearchResponseFacetValue(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("count")] int Count);

/// <summary>How far the results reach beyond a place named with no offer of its own (see <see cref="PlaceWidening"/>).</summary>
public sealed record SearchResponseWidening(
    [property: JsonPropertyName("place")] string? Place,
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("basins")] IReadOnlyList<string> Basins);
