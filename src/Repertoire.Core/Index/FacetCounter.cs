using System.Globalization;
using Lucene.Net.Facet;
using Lucene.Net.Facet.SortedSet;
using Lucene.Net.Util;
using Repertoire.Core.Content;
using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>
/// Counts the matching listings per basin, commune, sector, need and language with Lucene.Net.Facet
/// (SortedSetDocValuesFacetCounts over the matching documents). A listing's need values include every need
/// above its own, so a parent's count covers its sub-needs. Open now (at the query's instant) and step-free are
/// counted from the listings themselves, as <see cref="AvailabilityFilter"/> decides them.
/// </summary>
internal static class FacetCounter
{
    public static SearchFacets Count(ListingSearcher searcher, FixedBitSet matching, ContentSet content, Language language,
        IReadOnlyDictionary<string, Organisation> catalog, NodaTime.Instant at)
    {
        if (searcher.FacetState is not { } state) return SearchFacets.Empty;
        var collector = new FacetsCollector();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            collector.SetNextReader(leaf);
            var end = leaf.DocBase + leaf.AtomicReader.MaxDoc;
            for (var doc = matching.NextSetBit(leaf.DocBase); doc >= 0 && doc < end; doc = doc + 1 < matching.Length ? matching.NextSetBit(doc + 1) : -1)
                collector.Collect(doc - leaf.DocBase);
        }
        var counts = new SortedSetDocValuesFacetCounts(state, collector);
        var territory = content.Territory;
        var taxonomy = content.Taxonomy;
        return new SearchFacets(
            Values(counts, state, ListingFields.Basin, id => territory.Basin(id)?.Name.Get(language), language),
            Values(counts, state, ListingFields.Commune, id => territory.Commune(id)?.Name.Get(language), language),
            Values(counts, state, ListingFields.Sector, id => taxonomy.Sector(id)?.Label.Get(language), language),
            Values(counts, state, ListingFields.Need, id => taxonomy.Need(id)?.Label.Get(language), language),
            Values(counts, state, ListingFields.Language, id => LanguageNames.Of(id, language), language))
        {
            OpenNow = (int)AvailabilityFilter.OpenDocuments(searcher, catalog, matching, at).Cardinality,
            Accessible = (int)FixedBitSet.IntersectionCount(matching, AvailabilityFilter.StepFreeDocuments(searcher, catalog)),
        };
    }

    // Most listings first; equal counts in the language's alphabetical order of labels.
    private static List<FacetValue> Values(Facets counts, SortedSetDocValuesReaderState state, string dimension,
        Func<string, string?> label, Language language)
    {
        var values = new List<FacetValue>();
        if (state.GetOrdRange(dimension) is not { } range) return values;
        var result = counts.GetTopChildren(range.End - range.Start + 1, dimension);
        if (result is null) return values;
        foreach (var child in result.LabelValues)
        {
            var count = (int)child.Value;
            if (count > 0) values.Add(new FacetValue(child.Label, label(child.Label) ?? child.Label, count));
        }
        var compare = CultureInfo.GetCultureInfo(language.Tag()).CompareInfo;
        values.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count)
            : compare.Compare(a.Label, b.Label, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace));
        return values;
    }
}
