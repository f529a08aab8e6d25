using System.Globalization;
using Lucene.Net.Facet;
using Lucene.Net.Facet.SortedSet;
using Lucene.Net.Index;
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

/// <summary>
/// The facet ordinals of one index view, read once from Lucene.Net.Facet's doc values: each document's ordinals
/// (<see cref="Starts"/>[doc] to <see cref="Starts"/>[doc + 1] in <see cref="Ords"/>) and each ordinal's value.
/// </summary>
internal sealed class FacetTable
{
    private FacetTable(SortedSetDocValuesReaderState state, int[] starts, int[] ords, string[] labels)
    {
        State = state;
        Starts = starts;
        Ords = ords;
        Labels = labels;
    }

    /// <summary>The dimensions' ranges of ordinals.</summary>
    public SortedSetDocValuesReaderState State { get; }

    public int[] Starts { get; }

    public int[] Ords { get; }

    /// <summary>Per ordinal, the value without its dimension ("schaerbeek" of "commune/schaerbeek").</summary>
    public string[] Labels { get; }

    public static FacetTable Read(SortedSetDocValuesReaderState state, int maxDoc)
    {
        var values = state.GetDocValues();
        var starts = new int[maxDoc + 1];
        var ords = new List<int>(maxDoc * 8);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ords.Count;
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd()) ords.Add((int)ord);
        }
        starts[maxDoc] = ords.Count;
        var labels = new string[values.ValueCount];
        var bytes = new BytesRef();
        for (var ord = 0; ord < labels.Length; ord++)
        {
            values.LookupOrd(ord, bytes);
            var path = FacetsConfig.StringToPath(bytes.Utf8ToString());
            labels[ord] = path.Length > 1 ? path[1] : path[0];
        }
        return new FacetTable(state, starts, [.. ords], labels);
    }
}
