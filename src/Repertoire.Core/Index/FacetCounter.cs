using System.Globalization;
using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>
/// Counts the matching listings per basin, commune, sector, need and language. A listing counts once for
/// each need it has and once for every need above them, so a parent's count covers its sub-needs.
/// </summary>
internal sealed class FacetCounter
{
    private readonly ListingTable _table;

    public FacetCounter(ListingTable table) => _table = table;

    public SearchFacets Count(ReadOnlySpan<int> rows, Language language)
    {
        var t = _table;
        var basins = new int[t.Basins.Count];
        var communes = new int[t.Communes.Count];
        var sectors = new int[t.Sectors.Count];
        var needs = new int[t.Needs.Count];
        var languages = new int[t.Languages.Count];
        foreach (var row in rows)
        {
            if (t.Basin[row] >= 0) basins[t.Basin[row]]++;
            if (t.Commune[row] >= 0) communes[t.Commune[row]]++;
            foreach (var s in t.SectorsOf[row]) sectors[s]++;
            foreach (var n in t.NeedsRolledUp[row]) needs[n]++;
            foreach (var l in t.LanguagesOf[row]) languages[l]++;
        }
        var territory = t.Content.Territory;
        var taxonomy = t.Content.Taxonomy;
        return new SearchFacets(
            Values(t.Basins, basins, id => territory.Basin(id)?.Name.Get(language), language),
            Values(t.Communes, communes, id => territory.Commune(id)?.Name.Get(language), language),
            Values(t.Sectors, sectors, id => taxonomy.Sector(id)?.Label.Get(language), language),
            Values(t.Needs, needs, id => taxonomy.Need(id)?.Label.Get(language), language),
            Values(t.Languages, languages, id => LanguageNames.Of(id, language), language));
    }

    // Most listings first; equal counts in the language's alphabetical order of labels.
    private static List<FacetValue> Values(IdTable ids, int[] counts, Func<string, string?> label, Language language)
    {
        var values = new List<FacetValue>();
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0) values.Add(new FacetValue(ids.Ids[i], label(ids.Ids[i]) ?? ids.Ids[i], counts[i]));
        }
        var compare = CultureInfo.GetCultureInfo(language.Tag()).CompareInfo;
        values.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count)
            : compare.Compare(a.Label, b.Label, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace));
        return values;
    }
}
