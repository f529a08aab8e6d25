using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>
/// One page of results, the facets over all matches, a correction when the text looks misspelled, and what the
/// search asked for (its needs and place), which the needs watch records.
/// </summary>
public sealed record SearchResult(
    string Query,
    Language Lang,
    int Total,
    int Page,
    int PerPage,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets,
    string? Suggestion)
{
    /// <summary>The need ids the search asked for through the taxonomy (see <see cref="NeedMatcher"/>).</summary>
    public IReadOnlyList<string> MatchedNeeds { get; init; } = [];

    /// <summary>The basin or commune id the search asked about (see <see cref="AskedPlaceResolver"/>), or null.</summary>
    public string? AskedPlace { get; init; }

    /// <summary>
    /// Whether there are results but none is local offer for <see cref="AskedPlace"/> (located there or naming it
    /// in its area served): the place has no offer of its own for what was asked.
    /// </summary>
    public bool OnlyElsewhere { get; init; }

    /// <summary>How far the results widened beyond the place words of the query (see <see cref="PlaceWidening"/>).</summary>
    public PlaceWidening Widened { get; init; }

    /// <summary>With <see cref="PlaceWidening.Basin"/>, the basins the results widened to.</summary>
    public IReadOnlyList<string> WidenedTo { get; init; } = [];

    /// <summary>
    /// The languages of service the query named ("néerlandophone", "in het Engels"): the listings helping in them rank
    /// first among those matching as many words (and are the only results when nothing else was typed).
    /// </summary>
    public IReadOnlyList<string> ServiceLanguages { get; init; } = [];
}

/// <summary>A listing in the results, in the interface language (falling back to the other).</summary>
/// <param name="Snippet">HTML-escaped description text in which only <c>&lt;mark&gt;</c> tags are markup.</param>
public sealed record SearchHit(
    string Id,
    string Name,
    string Snippet,
    string? Basin,
    string? Commune,
    IReadOnlyList<string> Sectors,
    IReadOnlyList<string> Needs,
    double Score);

/// <summary>A facet value with the number of matching listings.</summary>
public sealed record FacetValue(string Id, string Label, int Count);

/// <summary>The facets of a search; need counts roll up the tree.</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetValue> Basin,
    IReadOnlyList<FacetValue> Commune,
    IReadOnlyList<FacetValue> Sector,
    IReadOnlyList<FacetValue> Need,
    IReadOnlyList<FacetValue> Language)
{
    /// <summary>How many matching listings are open at the query's instant.</summary>
    public int OpenNow { get; init; }

    /// <summary>How many matching listings have a step-free entrance.</summary>
    public int Accessible { get; init; }

    /// <summary>No facet values.</summary>
    public static SearchFacets Empty { get; } = new([], [], [], [], []);
}
