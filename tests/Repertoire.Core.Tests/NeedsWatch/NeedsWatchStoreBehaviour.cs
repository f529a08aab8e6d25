using Repertoire.Core.NeedsWatch;
using Repertoire.Core.Records;

namespace Repertoire.Core.Tests.NeedsWatch;

/// <summary>What every <see cref="INeedsWatchStore"/> counts, run once per engine by the subclasses
/// (<see cref="SqliteNeedsWatchStoreTests"/>, <see cref="PostgresNeedsWatchStoreTests"/>).</summary>
public abstract class NeedsWatchStoreBehaviour
{
    private static readonly DateOnly May = new(2026, 5, 1);

    /// <summary>The store under test.</summary>
    protected abstract INeedsWatchStore Store { get; }

    /// <summary>A number read straight from the store's tables.</summary>
    protected abstract long Scalar(string sql);

    private static SearchEvent Event(DateOnly day, string place, int results, bool elsewhere = false, bool staff = false,
        string? text = null, params string[] needs) =>
        new(new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 37)), TimeSpan.Zero), Language.Fr, needs, place, results, elsewhere, staff, text);

    private NeedsWatchCounts Read(DateOnly from, DateOnly to, string[]? places = null, int min = 1) =>
        Store.Read(new NeedsWatchScope(from, to, places, min));

    [Fact]
    public void CountsArePerNeedAndPlaceForThePeriod()
    {
        Store.Append([
            Event(May, "schaerbeek", 0, needs: "aide-alimentaire"),
            Event(May.AddDays(1), "schaerbeek", 3, elsewhere: true, needs: ["aide-alimentaire", "energie"]),
            Event(May.AddDays(2), "jette", 5, needs: "aide-alimentaire"),
            Event(May.AddDays(2), "schaerbeek", 5),
            Event(May.AddDays(40), "schaerbeek", 5, needs: "aide-alimentaire"),
        ]);

        var counts = Read(May, May.AddDays(30), ["schaerbeek", "nord-est"]);

        Assert.Equal(new SearchTally(3, 1, 1), counts.Total);
        Assert.Equal(1, counts.NoNeed);
        Assert.Equal(new SearchTally(2, 1, 1), counts.ByNeed["aide-alimentaire"]);
        Assert.Equal(new SearchTally(1, 0, 1), counts.ByNeed["energie"]);
        Assert.Equal([May, May.AddDays(1), May.AddDays(2)], counts.Days.Select(d => d.Day));
        Assert.Equal(5, Read(May, May.AddDays(60)).Total.Searches);
    }

    [Fact]
    public void ASearchJustAfterMidnightInBrusselsCountsOnTheBrusselsDay()
    {
        // 23:30 UTC on 31 December is 00:30 on 1 January in Brussels (UTC+1 in winter).
        var newYear = new DateOnly(2027, 1, 1);
        Store.Append([new SearchEvent(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero), Language.Fr, ["aide-alimentaire"],
            "jette", 2, false, false, "colis")]);

        var counts = Read(newYear, newYear);

        Assert.Equal([newYear], counts.Days.Select(d => d.Day));
        Assert.Equal([("colis", 1)], counts.Texts);
        Assert.Equal(0, Read(newYear.AddDays(-1), newYear.AddDays(-1)).Total.Searches);
    }

    [Fact]
    public void ABatchWithRepeatedTextsAndManyEventsIsCountedExactly()
    {
        // More events, needs and distinct texts than one multi-row statement holds.
        var batch = Enumerable.Range(0, 1_003).Select(i => Event(May, i % 2 == 0 ? "jette" : "schaerbeek", i % 7,
            text: "texte " + (i % 40), needs: i % 3 == 0 ? ["aide-alimentaire", "energie"] : ["energie"])).ToList();
        Store.Append(batch);
        Store.Append(batch.Take(17).ToList());

        var counts = Read(May, May);

        Assert.Equal(1_020, counts.Total.Searches);
        Assert.Equal(batch.Count(e => e.Results == 0) + batch.Take(17).Count(e => e.Results == 0), counts.Total.NothingFound);
        Assert.Equal(1_020, counts.ByNeed["energie"].Searches);
        Assert.Equal(335 + 6, counts.ByNeed["aide-alimentaire"].Searches);
        Assert.Equal(40, counts.Texts.Count);
        Assert.Equal(1_020, counts.Texts.Sum(t => t.Searches));
        Assert.Equal(26 + 1, counts.Texts.Single(t => t.Text == "texte 0").Searches);
    }

    [Fact]
    public void IdenticalSearchesOfAnHourAreOneRowCountedAsManySearches()
    {
        // Three alike (needs in any order), one of another hour, one with another number of results, one by staff.
        Store.Append([
            Event(May, "jette", 0, elsewhere: true, text: "colis", needs: ["aide-alimentaire", "energie"]),
            Event(May, "jette", 0, elsewhere: true, text: "colis", needs: ["energie", "aide-alimentaire"]),
            Event(May, "jette", 0, elsewhere: true, text: "colis energie", needs: ["energie", "aide-alimentaire", "energie"]),
            Event(May, "jette", 0, elsewhere: true, text: "colis", needs: ["aide-alimentaire", "energie"]) with { Hour = new DateTimeOffset(2026, 5, 1, 15, 0, 0, TimeSpan.Zero) },
            Event(May, "jette", 2, text: "colis", needs: "aide-alimentaire"),
            Event(May, "jette", 0, elsewhere: true, staff: true, text: "colis", needs: ["aide-alimentaire", "energie"]),
        ]);

        var counts = Read(May, May);

        Assert.Equal(4L, Scalar("SELECT COUNT(*) FROM search_event"));
        Assert.Equal(3L, Scalar("SELECT MAX(searches) FROM search_event"));
        Assert.Equal(new SearchTally(5, 4, 4), counts.Total);
        Assert.Equal(1, counts.StaffSearches);
        Assert.Equal(new SearchTally(5, 4, 4), counts.ByNeed["aide-alimentaire"]);
        Assert.Equal(new SearchTally(4, 4, 4), counts.ByNeed["energie"]);
        Assert.Equal([(May, new SearchTally(5, 4, 4))], counts.Days);
        Assert.Equal([("colis", 4), ("colis energie", 1)], counts.Texts);
    }

    [Fact]
    public void TextsAreCountedAcrossBatches()
    {
        Store.Append([.. Enumerable.Range(0, 3).Select(_ => Event(May, "jette", 1, text: "colis"))]);
        Store.Append([Event(May, "jette", 1, text: "colis"), Event(May, "jette", 1, text: "energie")]);
        Store.Append([Event(May, "jette", 1, text: "colis")]);

        Assert.Equal([("colis", 5)], Read(May, May, min: 5).Texts);
        Assert.Empty(Read(May, May, min: 6).Texts);
        Assert.Equal(1L, Scalar("SELECT COUNT(*) FROM search_text WHERE text = 'colis'"));
    }

    [Fact]
    public void FoldingCountsTheSearchesOfGroupedRows()
    {
        var old = new DateOnly(2025, 1, 10);
        Store.Append([.. Enumerable.Range(0, 4).Select(_ => Event(old, "jette", 0, needs: "aide-alimentaire")), Event(old, "jette", 0, elsewhere: true)]);
        Store.Append([Event(old, "jette", 0, needs: "aide-alimentaire")]);
        var before = Read(old, old);

        Assert.Equal(6, Store.Fold(new DateOnly(2026, 1, 1)));

        var after = Read(old, old);
        Assert.Equal(new SearchTally(6, 6, 1), after.Total);
        Assert.Equal(before.Total, after.Total);
        Assert.Equal(1, after.NoNeed);
        Assert.Equal(new SearchTally(5, 5, 0), after.ByNeed["aide-alimentaire"]);
        Assert.Equal(0L, Scalar("SELECT COUNT(*) FROM search_event"));
    }

    [Fact]
    public void StaffSearchesAreCountedApart()
    {
        Store.Append([Event(May, "jette", 1, staff: true, text: "cpas", needs: "service-social"), Event(May, "jette", 1, text: "cpas")]);

        var counts = Read(May, May);

        Assert.Equal(1, counts.StaffSearches);
        Assert.Equal(1, counts.Total.Searches);
        Assert.Empty(counts.ByNeed);
        Assert.Equal([("cpas", 1)], counts.Texts);
    }

    [Fact]
    public void TextsBelowTheMinimumAreNotRead()
    {
        Store.Append([.. Enumerable.Range(0, 5).Select(_ => Event(May, "jette", 1, text: "colis")), Event(May, "jette", 1, text: "jean dupont")]);

        Assert.Equal([("colis", 5)], Read(May, May, min: 5).Texts);
        Assert.Equal(2, Read(May, May, min: 1).Texts.Count);
    }

    [Fact]
    public void FoldingKeepsTheCountsAndDropsTheEvents()
    {
        var old = new DateOnly(2025, 1, 10);
        Store.Append([
            Event(old, "jette", 0, text: "colis", needs: ["aide-alimentaire", "energie"]),
            Event(old.AddDays(3), "jette", 2, elsewhere: true, text: "colis", needs: "aide-alimentaire"),
            Event(old.AddDays(5), "jette", 2, staff: true),
            Event(old.AddDays(6), "jette", 2),
            Event(May, "jette", 1, text: "colis", needs: "aide-alimentaire"),
        ]);
        var before = Read(old, May);

        Assert.Equal(4, Store.Fold(new DateOnly(2026, 1, 1)));
        Assert.Equal(0, Store.Fold(new DateOnly(2026, 1, 1)));

        var after = Read(old, May);
        Assert.Equal(before.Total, after.Total);
        Assert.Equal(before.NoNeed, after.NoNeed);
        Assert.Equal(before.StaffSearches, after.StaffSearches);
        Assert.Equal(before.ByNeed["aide-alimentaire"], after.ByNeed["aide-alimentaire"]);
        Assert.Equal(before.ByNeed["energie"], after.ByNeed["energie"]);
        Assert.Equal(before.Texts, after.Texts);
        Assert.Equal([May], after.Days.Select(d => d.Day));
        Assert.Equal(1L, Scalar("SELECT COUNT(*) FROM search_event"));
        Assert.Equal(1L, Scalar("SELECT COUNT(*) FROM search_text WHERE folded = 0"));
        Assert.Equal(1L, Scalar("SELECT COUNT(*) FROM search_event_need"));
    }
}
