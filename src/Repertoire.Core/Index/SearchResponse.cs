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

    /// <summary>
    /// The languages of service the query named ("néerlandophone" → <c>nl</c>): listings helping in them come first.
    /// Empty when none was named.
    /// </summary>
    [JsonPropertyName("service_languages")]
    public IReadOnlyList<string> ServiceLanguages { get; init; } = [];

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
    /// With <paramref name="find"/>, each hit carries the facts a referral needs, "open now" and "today" being those
    /// at <paramref name="at"/> (the site's clock; the system clock's when null).
    /// </summary>
    public static SearchResponse From(SearchResult result, Func<string, Language, string>? listingUrl = null, string? searchUrl = null,
        Func<string, Organisation?>? find = null, NodaTime.Instant? at = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var now = at ?? NodaTime.SystemClock.Instance.GetCurrentInstant();
        var hits = result.Hits.Select(h => WithFacts(new SearchResponseHit(h.Id, h.Name, h.Snippet, h.Basin, h.Commune, h.Sectors, h.Needs,
            listingUrl?.Invoke(h.Id, result.Lang), h.Score), find?.Invoke(h.Id), result.Lang, now)).ToList();
        var f = result.Facets;
        return new SearchResponse(result.Query, result.Lang.Code(), result.Total, result.Page, result.PerPage, hits,
            new SearchResponseFacets(Values(f.Basin), Values(f.Commune), Values(f.Sector), Values(f.Need), Values(f.Language))
            {
                OpenNow = f.OpenNow,
                Accessible = f.Accessible,
            },
            result.Suggestion, searchUrl)
        {
            Widened = result.Widened == PlaceWidening.None ? null
                : new SearchResponseWidening(result.AskedPlace, result.Widened == PlaceWidening.Basin ? "basin" : "region", result.WidenedTo),
            ServiceLanguages = result.ServiceLanguages,
        };
    }

    private static SearchResponseHit WithFacts(SearchResponseHit hit, Organisation? o, Language lang, NodaTime.Instant now)
    {
        if (o is null) return hit;
        var today = BrusselsTime.Today(now);
        return hit with
        {
            Street = o.Site.StreetLine(lang),
            Postcode = o.Site.Postcode,
            Phones = o.Phones,
            Languages = o.Languages,
            Interpreter = o.Interpreter,
            OpenNow = o.Hours?.IsOpenAt(now),
            TodayHours = o.Hours is { IsStructured: true } hours ? hours.RangesOn(today).Select(r => r.ToString()).ToList() : null,
            StepFree = o.Accessibility?.StepFree,
            Freshness = Freshness.Of(o.Verified, today).Code,
            Verified = o.Verified?.Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            NoLongerListed = o.NoLongerListed is { } gone
                ? new SearchResponseWithdrawal(IsoDate(gone.BruxellesSocial), IsoDate(gone.SocialeKaart))
                : null,
        };
    }

    private static string? IsoDate(NodaTime.LocalDate? date) =>
        date?.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

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
    [property: JsonPropertyName("score")] double Score)
{
    /// <summary>"Street number" in the result's language (the other when it has none); null when the street is unknown.</summary>
    [JsonPropertyName("street")] public string? Street { get; init; }

    /// <summary>The postcode, or null.</summary>
    [JsonPropertyName("postcode")] public string? Postcode { get; init; }

    /// <summary>Phone numbers as written.</summary>
    [JsonPropertyName("phones")] public IReadOnlyList<string>? Phones { get; init; }

    /// <summary>Languages of service (ISO 639-1).</summary>
    [JsonPropertyName("languages")] public IReadOnlyList<string>? Languages { get; init; }

    /// <summary>Whether an interpreter can be arranged; null when not stated.</summary>
    [JsonPropertyName("interpreter")] public bool? Interpreter { get; init; }

    /// <summary>Open at the request's instant by structured hours; null when the hours are unknown or free text.</summary>
    [JsonPropertyName("open_now")] public bool? OpenNow { get; init; }

    /// <summary>Today's ranges in Brussels time (<c>HH:mm-HH:mm</c>); empty when closed today, null when unknown.</summary>
    [JsonPropertyName("today_hours")] public IReadOnlyList<string>? TodayHours { get; init; }

    /// <summary>Whether the entrance is step-free; null when not stated.</summary>
    [JsonPropertyName("step_free")] public bool? StepFree { get; init; }

    /// <summary><c>current</c> (checked within 12 months), <c>ageing</c> (12 to 24) or <c>to_verify</c>.</summary>
    [JsonPropertyName("freshness")] public string? Freshness { get; init; }

    /// <summary>The date of the last check (YYYY-MM-DD), or null.</summary>
    [JsonPropertyName("verified")] public string? Verified { get; init; }

    /// <summary>Since when each official directory no longer lists the record; null while both still do.</summary>
    [JsonPropertyName("no_longer_listed")] public SearchResponseWithdrawal? NoLongerListed { get; init; }
}

/// <summary>The date (YYYY-MM-DD) from which each official directory stopped listing a result's record, null for one that
/// still does; the same shape as the listing's <c>no_longer_listed</c>.</summary>
public sealed record SearchResponseWithdrawal(
    [property: JsonPropertyName("bruxelles_social")] string? BruxellesSocial,
    [property: JsonPropertyName("sociale_kaart")] string? SocialeKaart);

/// <summary>The facets of the search document.</summary>
public sealed record SearchResponseFacets(
    [property: JsonPropertyName("basin")] IReadOnlyList<SearchResponseFacetValue> Basin,
    [property: JsonPropertyName("commune")] IReadOnlyList<SearchResponseFacetValue> Commune,
    [property: JsonPropertyName("sector")] IReadOnlyList<SearchResponseFacetValue> Sector,
    [property: JsonPropertyName("need")] IReadOnlyList<SearchResponseFacetValue> Need,
    [property: JsonPropertyName("language")] IReadOnlyList<SearchResponseFacetValue> Language)
{
    /// <summary>How many results are open at the request's instant.</summary>
    [JsonPropertyName("open_now")] public int OpenNow { get; init; }

    /// <summary>How many results have a step-free entrance.</summary>
    [JsonPropertyName("accessible")] public int Accessible { get; init; }
}

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
