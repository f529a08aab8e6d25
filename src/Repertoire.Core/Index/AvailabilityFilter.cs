using Lucene.Net.Util;
using NodaTime;
using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>
/// The "open now" and "wheelchair accessible" filters as a predicate over one listing at one instant. Open now
/// depends on the instant, so it cannot be an indexed term whose documents are cached per index view like the other
/// filters (<see cref="FilterSet"/>): it is evaluated on the listings the other filters let through, at each search.
/// Step-free is decided by the same predicate so that both filters and their counts follow one rule.
/// </summary>
public sealed record AvailabilityFilter(bool OpenNow, bool Accessible, Instant At)
{
    /// <summary>The filter of a query, at its instant (the system clock's when the query gives none).</summary>
    public static AvailabilityFilter Of(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new(query.OpenNow, query.Accessible, query.At ?? SystemClock.Instance.GetCurrentInstant());
    }

    /// <summary>Whether neither filter is set.</summary>
    public bool IsEmpty => !OpenNow && !Accessible;

    /// <summary>Whether the listing passes both filters.</summary>
    public bool Passes(Organisation listing) => (!OpenNow || IsOpen(listing, At)) && (!Accessible || IsStepFree(listing));

    /// <summary>Open at that instant by its structured hours (free-text hours never count as open).</summary>
    public static bool IsOpen(Organisation listing, Instant at)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return listing.Hours?.IsOpenAt(at) == true;
    }

    /// <summary>A step-free entrance is stated.</summary>
    public static bool IsStepFree(Organisation listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return listing.Accessibility?.StepFree == true;
    }

    /// <summary>
    /// The live documents of <paramref name="filters"/> (every live document when null) whose listing passes; a new
    /// set, since the filter's set is shared by the searches of the view. Null when this filter is empty.
    /// </summary>
    internal FixedBitSet? Narrow(ListingSearcher searcher, FixedBitSet? filters, IReadOnlyDictionary<string, Organisation> catalog)
    {
        if (IsEmpty) return filters;
        var passing = new FixedBitSet(Math.Max(1, searcher.MaxDoc));
        // ByName holds exactly the live documents, so a null filter set means "all of them".
        foreach (var doc in searcher.ByName(Language.Fr))
        {
            if (filters is not null && !filters.Get(doc)) continue;
            if (searcher.Ids[doc] is { } id && catalog.TryGetValue(id, out var listing) && Passes(listing)) passing.Set(doc);
        }
        return passing;
    }
}
