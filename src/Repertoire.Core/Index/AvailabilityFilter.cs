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
    /// set, since the filter's set is shared by the searches of the view. <paramref name="filters"/> itself when this
    /// filter is empty.
    /// </summary>
    internal FixedBitSet? Narrow(ListingSearcher searcher, FixedBitSet? filters, IReadOnlyDictionary<string, Organisation> catalog)
    {
        if (IsEmpty) return filters;
        // Step-free and "has hours" are properties of the listing, kept once per index view; only the listings with
        // hours are then asked whether they are open at this instant.
        var passing = (Accessible ? StepFreeDocuments(searcher, catalog) : AllDocuments(searcher, catalog)).Clone();
        if (filters is not null) passing.And(filters);
        if (OpenNow) passing.And(OpenDocuments(searcher, catalog, passing, At));
        return passing;
    }

    /// <summary>The documents of step-free listings in this view.</summary>
    internal static FixedBitSet StepFreeDocuments(ListingSearcher searcher, IReadOnlyDictionary<string, Organisation> catalog) =>
        searcher.Where("availability\u0001step-free", catalog, IsStepFree);

    /// <summary>Of <paramref name="among"/>, the documents whose listing is open at <paramref name="at"/>.</summary>
    internal static FixedBitSet OpenDocuments(ListingSearcher searcher, IReadOnlyDictionary<string, Organisation> catalog, FixedBitSet among, Instant at)
    {
        var withHours = searcher.Where("availability\u0001hours", catalog, listing => listing.Hours is not null);
        var open = new FixedBitSet(Math.Max(1, searcher.MaxDoc));
        for (var doc = withHours.NextSetBit(0); doc >= 0; doc = doc + 1 < withHours.Length ? withHours.NextSetBit(doc + 1) : -1)
        {
            if (among.Get(doc) && searcher.Ids[doc] is { } id && catalog.TryGetValue(id, out var listing) && IsOpen(listing, at)) open.Set(doc);
        }
        return open;
    }

    private static FixedBitSet AllDocuments(ListingSearcher searcher, IReadOnlyDictionary<string, Organisation> catalog) =>
        searcher.Where("availability\u0001all", catalog, _ => true);
}
