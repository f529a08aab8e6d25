namespace Repertoire.Core.Index;

/// <summary>What a query text was understood as: the units to match, the places named, and a correction.</summary>
internal sealed class QueryPlan
{
    public static QueryPlan Empty { get; } = new([], [], null);

    public QueryPlan(IReadOnlyList<QueryUnit> units, IReadOnlyList<PlaceRef> places, string? suggestion)
    {
        Units = units;
        Places = places;
        Suggestion = suggestion;
    }

    /// <summary>The units to match, in the order typed (at most <see cref="QueryParser.MaxUnits"/>).</summary>
    public IReadOnlyList<QueryUnit> Units { get; }

    /// <summary>The places named: a preference, not text to match.</summary>
    public IReadOnlyList<PlaceRef> Places { get; }

    /// <summary>The languages of service named ("néerlandophone" → nl): a preference, not text to match.</summary>
    public IReadOnlyList<string> ServiceLanguages { get; init; } = [];

    /// <summary>The query with misspelled words corrected, or null when nothing looked misspelled.</summary>
    public string? Suggestion { get; }

    /// <summary>Whether there is no text to match (blank, only stop words or punctuation, or only places and languages).</summary>
    public bool HasText => Units.Count > 0;
}
