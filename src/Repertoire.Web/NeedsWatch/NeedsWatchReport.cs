using Repertoire.Core.Content;
using Repertoire.Core.NeedsWatch;
using Repertoire.Core.Records;
using Repertoire.Web.Pages.Shared;

namespace Repertoire.Web.NeedsWatch;

/// <summary>
/// The needs watch of one basin (or the Region) over one period, as the page, the JSON and the CSV show it. For
/// the public, every count from 1 to k − 1 is null ("fewer than k") and query texts below k are absent; signed-in
/// staff see every count and text.
/// </summary>
public sealed record NeedsWatchReport(
    string? Basin,
    string Scope,
    DateOnly From,
    DateOnly To,
    int MinPublicCount,
    bool ForStaff,
    int? Searches,
    int? NothingFound,
    int? OnlyElsewhere,
    int? NoNeed,
    int? StaffSearches,
    IReadOnlyList<NeedsWatchReport.NeedRow> TopNeeds,
    IReadOnlyList<NeedsWatchReport.NeedRow> Unmet,
    IReadOnlyList<NeedsWatchReport.CoverageRow> Coverage,
    IReadOnlyList<NeedsWatchReport.WeekRow> Weeks,
    IReadOnlyList<NeedsWatchReport.TextRow> Texts)
{
    /// <summary>The most needs in the "most searched" table.</summary>
    public const int TopCount = 15;

    /// <summary>A need's searches, those that found nothing and those that found only services elsewhere, beside its offer.</summary>
    public sealed record NeedRow(string Need, string Label, int? Searches, int? NothingFound, int? OnlyElsewhere, int Offer);

    /// <summary>Demand (searches naming the need or a sub-need) beside offer (listings in the scope) for every need.</summary>
    public sealed record CoverageRow(string Need, string Label, bool IsRoot, int? Demand, int Offer);

    /// <summary>A week (Monday to Sunday, cut to the period).</summary>
    public sealed record WeekRow(DateOnly Monday, int? Searches, int? NothingFound, int? OnlyElsewhere);

    /// <summary>A normalised query text with its searches; <paramref name="BelowMin"/> marks texts only staff see.</summary>
    public sealed record TextRow(string Text, int Searches, bool BelowMin);

    /// <summary>The places counted for a basin: the basin and each commune that lies (wholly or partly) in it.</summary>
    public static IReadOnlyCollection<string>? PlacesOf(string? basin, Territory territory) =>
        basin is null ? null : [basin, .. territory.CommunesOf(basin).Select(c => c.Id)];

    /// <summary>Builds the report from the store's counts.</summary>
    public static NeedsWatchReport Build(NeedsWatchCounts counts, ContentSet content, Language lang, string? basin,
        DateOnly from, DateOnly to, int minPublicCount, bool forStaff)
    {
        var k = Math.Max(1, minPublicCount);
        int? Show(int n) => forStaff || n == 0 || n >= k ? n : null;
        var taxonomy = content.Taxonomy;
        var offer = NeedCounts.Of(content);
        int OfferOf(string need) => basin is null ? offer.Total(need) : offer.InBasin(need, basin);
        string Label(string need) => taxonomy.Need(need)?.Label.Get(lang) ?? need;
        NeedRow Row(KeyValuePair<string, SearchTally> n) =>
            new(n.Key, Label(n.Key), Show(n.Value.Searches), Show(n.Value.NothingFound), Show(n.Value.OnlyElsewhere), OfferOf(n.Key));

        var top = counts.ByNeed.Where(n => forStaff || n.Value.Searches >= k)
            .OrderByDescending(n => n.Value.Searches).ThenBy(n => Label(n.Key), StringComparer.Ordinal)
            .Take(TopCount).Select(Row).ToList();
        var unmet = counts.ByNeed
            .Where(n => n.Value.NothingFound + n.Value.OnlyElsewhere > 0)
            .Where(n => forStaff || n.Value.NothingFound >= k || n.Value.OnlyElsewhere >= k)
            .OrderByDescending(n => n.Value.NothingFound + n.Value.OnlyElsewhere).ThenBy(n => Label(n.Key), StringComparer.Ordinal)
            .Select(Row).ToList();

        var coverage = new List<CoverageRow>();
        foreach (var root in taxonomy.RootNeeds)
        {
            coverage.Add(Coverage(root, isRoot: true));
            coverage.AddRange(taxonomy.ChildrenOf(root.Id).Select(child => Coverage(child, isRoot: false)));
        }
        CoverageRow Coverage(TaxonomyTerm need, bool isRoot)
        {
            // A search naming two sub-needs of one parent counts twice in the parent: needs are counted per search and need.
            var demand = taxonomy.SelfAndDescendants(need.Id).Sum(id => counts.ByNeed.GetValueOrDefault(id).Searches);
            return new CoverageRow(need.Id, need.Label.Get(lang) ?? need.Id, isRoot, Show(demand), OfferOf(need.Id));
        }

        var weeks = new List<WeekRow>();
        for (var monday = MondayOf(from); monday <= to; monday = monday.AddDays(7))
        {
            var sunday = monday.AddDays(6);
            var tally = counts.Days.Where(d => d.Day >= monday && d.Day <= sunday).Aggregate(default(SearchTally), (a, d) => a + d.Tally);
            weeks.Add(new WeekRow(monday, Show(tally.Searches), Show(tally.NothingFound), Show(tally.OnlyElsewhere)));
        }

        var texts = counts.Texts.Where(t => forStaff || t.Searches >= k).Select(t => new TextRow(t.Text, t.Searches, t.Searches < k)).ToList();
        var scope = basin is null ? UiTextScope(lang) : content.Territory.Basin(basin)?.Name.Get(lang) ?? basin;
        return new NeedsWatchReport(basin, scope, from, to, k, forStaff, Show(counts.Total.Searches), Show(counts.Total.NothingFound),
            Show(counts.Total.OnlyElsewhere), Show(counts.NoNeed), Show(counts.StaffSearches), top, unmet, coverage, weeks, texts);
    }

    /// <summary>The Monday of a day's week.</summary>
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static string UiTextScope(Language lang) => Localization.UiText.For(lang)["watch.region"];
}
