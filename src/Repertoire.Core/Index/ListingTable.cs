using System.Globalization;
using Repertoire.Core.Content;
using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>
/// The listings of an index as arrays indexed by row (rowid − 1): where each is, what it is about, and its
/// rank by name in each language. Filters, facets, place preference and sorting read these arrays only.
/// </summary>
internal sealed class ListingTable
{
    public ListingTable(ContentSet content)
    {
        Content = content;
        var listings = content.Organisations;
        Count = listings.Count;
        Listings = [.. listings];
        Basins = Ids(content.Territory.Basins.Select(b => b.Id));
        Communes = Ids(content.Territory.Communes.Select(c => c.Id));
        Sectors = Ids(content.Taxonomy.Sectors.Select(s => s.Id));
        Needs = Ids(content.Taxonomy.Needs.Select(n => n.Id));
        Quartiers = Ids(content.Territory.Quartiers.Select(q => q.Id));
        Languages = Ids(listings.SelectMany(o => o.Languages).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        Basin = new int[Count];
        Commune = new int[Count];
        SectorsOf = new int[Count][];
        NeedsOf = new int[Count][];
        NeedsRolledUp = new int[Count][];
        LanguagesOf = new int[Count][];
        Quartier = new int[Count];
        ServedCommunes = new int[Count][];
        ServedBasins = new int[Count][];
        ServesRegion = new bool[Count];
        for (var i = 0; i < Count; i++)
        {
            var o = listings[i];
            Commune[i] = Communes.IndexOf(o.Site.Commune);
            Basin[i] = Basins.IndexOf(BasinOf(o, content.Territory));
            SectorsOf[i] = Sectors.IndicesOf(o.Sectors);
            NeedsOf[i] = Needs.IndicesOf(o.Needs);
            NeedsRolledUp[i] = Needs.IndicesOf(o.Needs.SelectMany(content.Taxonomy.SelfAndAncestors).Distinct(StringComparer.Ordinal));
            LanguagesOf[i] = Languages.IndicesOf(o.Languages);
            Quartier[i] = Quartiers.IndexOf(o.Site.Quartier);
            ServedCommunes[i] = Communes.IndicesOf(o.AreaServed);
            ServedBasins[i] = Basins.IndicesOf(o.AreaServed);
            ServesRegion[i] = o.AreaServed.Any(a => Communes.IndexOf(a) < 0 && Basins.IndexOf(a) < 0);
        }
        NameRank = [NameRanks(listings, Language.Fr), NameRanks(listings, Language.Nl)];
        ByName = [Order(NameRank[0]), Order(NameRank[1])];
    }

    public ContentSet Content { get; }

    public int Count { get; }

    public Organisation[] Listings { get; }

    public IdTable Basins { get; }

    public IdTable Communes { get; }

    public IdTable Sectors { get; }

    public IdTable Needs { get; }

    public IdTable Languages { get; }

    public IdTable Quartiers { get; }

    /// <summary>Quartier index per row, −1 when unknown.</summary>
    public int[] Quartier { get; }

    /// <summary>The communes named in the row's area served.</summary>
    public int[][] ServedCommunes { get; }

    /// <summary>The basins named in the row's area served.</summary>
    public int[][] ServedBasins { get; }

    /// <summary>Whether the row serves the whole region (an area that is neither a commune nor a basin).</summary>
    public bool[] ServesRegion { get; }

    /// <summary>Basin index per row, −1 when unknown.</summary>
    public int[] Basin { get; }

    /// <summary>Commune index per row, −1 when unknown.</summary>
    public int[] Commune { get; }

    public int[][] SectorsOf { get; }

    public int[][] NeedsOf { get; }

    /// <summary>The row's needs and all their ancestors, each once: what need facet counts add up.</summary>
    public int[][] NeedsRolledUp { get; }

    public int[][] LanguagesOf { get; }

    /// <summary>Per language (0 fr, 1 nl): the rank of each row by name.</summary>
    public int[][] NameRank { get; }

    /// <summary>Per language: rows in name order.</summary>
    public int[][] ByName { get; }

    /// <summary>The basin a listing is in: its site's, else its commune's when that commune lies in one basin only.</summary>
    public static string? BasinOf(Organisation o, Territory territory)
    {
        if (o.Site.Basin is { } basin) return basin;
        return territory.Commune(o.Site.Commune) is { Basins.Count: 1 } commune ? commune.Basins[0] : null;
    }

    private static int[] NameRanks(IReadOnlyList<Organisation> listings, Language language)
    {
        var compare = CultureInfo.GetCultureInfo(language.Tag()).CompareInfo;
        var order = Enumerable.Range(0, listings.Count).ToArray();
        var names = listings.Select(o => o.DisplayName(language)).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var c = compare.Compare(names[a], names[b], CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreSymbols);
            return c != 0 ? c : string.CompareOrdinal(listings[a].Id, listings[b].Id);
        });
        var ranks = new int[listings.Count];
        for (var r = 0; r < order.Length; r++) ranks[order[r]] = r;
        return ranks;
    }

    private static int[] Order(int[] ranks)
    {
        var rows = new int[ranks.Length];
        for (var i = 0; i < ranks.Length; i++) rows[ranks[i]] = i;
        return rows;
    }

    private static IdTable Ids(IEnumerable<string> ids) => new([.. ids]);
}
