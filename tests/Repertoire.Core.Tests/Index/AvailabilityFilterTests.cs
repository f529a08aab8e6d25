using NodaTime;
using Repertoire.Core.Content;
using Repertoire.Core.Index;
using Repertoire.Tests;

namespace Repertoire.Core.Tests.Index;

/// <summary>The "open now" and "accessible" filters narrow results at the query's instant, and their counts follow.</summary>
public sealed class AvailabilityFilterTests : IDisposable
{
    private readonly string _contentPath = TestPaths.CopyToTemp(TestPaths.FixtureContent);
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "repertoire-tests", Guid.NewGuid().ToString("n"));
    private readonly Searcher _searcher;

    // Monday 7 December 2026 (winter time, UTC+1): 10:00, 20:00, and 01:00 the night after in Brussels.
    private static readonly Instant MondayMorning = Instant.FromUtc(2026, 12, 7, 9, 0);
    private static readonly Instant MondayEvening = Instant.FromUtc(2026, 12, 7, 19, 0);
    private static readonly Instant TuesdayOneAm = Instant.FromUtc(2026, 12, 8, 0, 0);

    public AvailabilityFilterTests()
    {
        Write("epicerie-nord", """
            name: { fr: Épicerie solidaire du Nord, nl: Solidaire kruidenier Noord }
            sectors: [action-sociale]
            needs: [aide-alimentaire]
            site: { postcode: "1030", commune: schaerbeek }
            languages: [fr, ar]
            hours: { monday: ["09:00-12:00"] }
            accessibility: { step_free: true }
            """, "Colis alimentaires le lundi matin.");
        // Open from Monday 18:00 to Tuesday 02:00: a range across midnight.
        Write("abri-de-nuit", """
            name: { fr: Abri de nuit de Jette }
            sectors: [action-sociale]
            needs: [aide-alimentaire]
            site: { postcode: "1090", commune: jette }
            languages: [fr]
            hours: { monday: ["18:00-02:00"] }
            accessibility: { step_free: false }
            """, "Soupe et lit pour la nuit.");
        // Free-text hours: a note, never "open".
        Write("vestiaire-centre", """
            name: { fr: Vestiaire du Pentagone }
            sectors: [action-sociale]
            needs: [aide-materielle]
            site: { postcode: "1000", commune: bruxelles, basin: centre-ouest }
            hours: { fr: "Le lundi de 9h à 12h" }
            accessibility: { step_free: true }
            """, "Vêtements de seconde main.");
        _searcher = SearchIndex.OpenOrBuild(ContentLoader.Load(_contentPath), _dataPath);
    }

    public void Dispose()
    {
        _searcher.Dispose();
        foreach (var folder in new[] { _dataPath, _contentPath })
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { }
        }
    }

    private void Write(string id, string frontMatter, string fr) =>
        File.WriteAllText(Path.Combine(_contentPath, "organisations", id + ".md"), $"---\n{frontMatter.Trim()}\n---\n\n# fr\n{fr}\n");

    private SearchResult Search(Instant at, bool openNow = false, bool accessible = false, string[]? languages = null, string? text = null) =>
        _searcher.Search(new SearchQuery { Text = text, At = at, OpenNow = openNow, Accessible = accessible, Languages = languages ?? [] });

    private static List<string> Ids(SearchResult result) => result.Hits.Select(h => h.Id).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void OpenNowKeepsOnlyListingsOpenAtTheInstant()
    {
        Assert.Equal(["epicerie-nord"], Ids(Search(MondayMorning, openNow: true)));
        Assert.Equal(["abri-de-nuit"], Ids(Search(MondayEvening, openNow: true)));
    }

    [Fact]
    public void ARangeAcrossMidnightIsOpenAfterMidnight()
    {
        Assert.Equal(["abri-de-nuit"], Ids(Search(TuesdayOneAm, openNow: true)));
        Assert.Equal(1, Search(TuesdayOneAm).Facets.OpenNow);
        Assert.Empty(Ids(Search(TuesdayOneAm.Plus(Duration.FromHours(2)), openNow: true)));
    }

    [Fact]
    public void FreeTextHoursNeverCountAsOpen()
    {
        Assert.DoesNotContain("vestiaire-centre", Ids(Search(MondayMorning, openNow: true)));
    }

    [Fact]
    public void AccessibleKeepsStepFreeEntrancesOnly()
    {
        Assert.Equal(["epicerie-nord", "vestiaire-centre"], Ids(Search(MondayMorning, accessible: true)));
    }

    [Fact]
    public void FiltersApplyToTextSearchesToo()
    {
        Assert.Equal(["epicerie-nord"], Ids(Search(MondayMorning, openNow: true, text: "colis")));
        // In the evening the night shelter (a food-aid need, reached through the taxonomy) is the one open.
        Assert.Equal(["abri-de-nuit"], Ids(Search(MondayEvening, openNow: true, text: "colis")));
    }

    [Fact]
    public void FiltersCombineWithTheLanguageFilter()
    {
        Assert.Equal(["abri-de-nuit"], Ids(Search(MondayEvening, openNow: true, languages: ["fr"])));
        Assert.Empty(Ids(Search(MondayEvening, openNow: true, languages: ["ar"])));
        Assert.Equal(["epicerie-nord"], Ids(Search(MondayMorning, accessible: true, languages: ["ar"])));
    }

    [Fact]
    public void CountsFollowTheInstantAndTheOtherFilters()
    {
        var morning = Search(MondayMorning);
        var evening = Search(MondayEvening);
        var arabic = Search(MondayMorning, languages: ["ar"]);

        Assert.Equal(1, morning.Facets.OpenNow);
        Assert.Equal(1, evening.Facets.OpenNow);
        Assert.Equal(0, Search(MondayEvening.Plus(Duration.FromHours(8))).Facets.OpenNow);
        Assert.Equal(2, morning.Facets.Accessible);
        Assert.Equal(1, arabic.Facets.Accessible);
        Assert.Equal(0, Search(MondayEvening, accessible: true).Facets.OpenNow);
        Assert.Equal(1, Search(MondayMorning, accessible: true).Facets.OpenNow);
    }

    [Fact]
    public void TheFilterDoesNotChangeTheOrderOfWhatPasses()
    {
        var all = Search(MondayMorning, text: "colis soupe vêtements").Hits.Select(h => h.Id).ToList();
        var stepFree = Search(MondayMorning, accessible: true, text: "colis soupe vêtements").Hits.Select(h => h.Id).ToList();

        Assert.Equal(all.Where(id => id is "epicerie-nord" or "vestiaire-centre"), stepFree);
    }
}
