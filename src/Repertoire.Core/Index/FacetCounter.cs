using System.Globalization;
using Lucene.Net.Util;
using Repertoire.Core.Content;
using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>
/// Counts the matching listings per basin, commune, sector, need and language, on the facet values Lucene.Net.Facet
/// indexed (SortedSetDocValuesFacetField) and its reader state (each dimension's range of ordinals). A listing's need
/// values include every need above its own, so a parent's count covers its sub-needs. Open now (at the query's
/// instant) and step-free are counted from the listings themselves, as <see cref="AvailabilityFilter"/> decides them.
/// </summary>
/// <remarks>
/// The ordinals are counted from the view's <see cref="FacetTable"/> rather than by SortedSetDocValuesFacetCounts:
/// that class reads each matching document's ordinals from packed doc values and turns every counted ordinal back into
/// its label at every search, which made facets a third of a search's time at 10,000 listings.
/// </remarks>
internal static class FacetCounter
{
    public static SearchFacets Count(ListingSearcher searcher, FixedBitSet matching, ContentSet content, Language language,
        IReadOnlyDictionary<string, Organisation> catalog, NodaTime.Instant at)
    {
        if (searcher.Facets is not { } table) return SearchFacets.Empty;
        var counts = new int[table.Labels.Length];
        var (starts, ords) = (table.Starts, table.Ords);
        for (var doc = matching.NextSetBit(0); doc >= 0 && doc < starts.Length - 1; doc = doc + 1 < matching.Length ? matching.NextSetBit(doc + 1) : -1)
        {
            for (var i = starts[doc]; i < starts[doc + 1]; i++) counts[ords[i]]++;
        }
        var territory = content.Territory;
        var taxonomy = content.Taxonomy;
        return new SearchFacets(
            Values(table, counts, ListingFields.Basin, id => territory.Basin(id)?.Name.Get(language), language),
            Values(table, counts, ListingFields.Commune, id => territory.Commune(id)?.Name.Get(language), language),
            Values(table, counts, ListingFields.Sector, id => taxonomy.Sector(id)?.Label.Get(language), language),
            Values(table, counts, ListingFields.Need, id => taxonomy.Need(id)?.Label.Get(language), language),
            Values(table, counts, ListingFields.Language, id => LanguageNames.Of(id, language), language))
        {
            OpenNow = (int)AvailabilityFilter.OpenDocuments(searcher, catalog, matching, at).Cardinality,
            Accessible = (int)FixedBitSet.IntersectionCount(matching, AvailabilityFilter.StepFreeDocuments(searcher, catalog)),
        };
    }

    // Most listings first; equal counts in the language's alphabetical order of labels.
    private static List<FacetValue> Values(FacetTable table, int[] counts, string dimension, Func<string, string?> label, Language language)
    {
        var values = new List<FacetValue>();
        if (table.State.GetOrdRange(dimension) is not { } range) return values;
        for (var ord = range.Start; ord <= range.End; ord++)
        {
            if (counts[ord] > 0) values.Add(new FacetValue(table.Labels[ord], label(table.Labels[ord]) ?? table.Labels[ord], counts[ord]));
        }
        var compare = CultureInfo.GetCultureInfo(language.Tag()).CompareInfo;
        values.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count)
            : compare.Compare(a.Label, b.Label, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace));
        return values;
    }
}
