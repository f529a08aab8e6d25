using System.Net;
using Repertoire.Web.Tests.NeedsWatch;

namespace Repertoire.Web.Tests.Pages.NeedsWatch;

public sealed class IndexTests
{
    [Theory]
    [InlineData("/fr/veille?basin=nord", "fr-BE", "Veille des besoins", "Bassin Nord", "Besoins les plus cherchés")]
    [InlineData("/nl/behoeften?basin=nord", "nl-BE", "Behoeftemonitor", "Zorgzone Noord", "Meest gezochte behoeften")]
    public async Task ABasinPageShowsItsTablesAndChartsInEachLanguage(string url, string tag, string title, string basin, string top)
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        for (var i = 0; i < 5; i++) await client.GetAsync("/api/v1/search?q=colis+alimentaire+Jette");
        await NeedsWatchDatabase.WaitForEventsAsync(app.DataPath, 5);

        var (response, page) = await app.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(tag, page.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith(title, page.QuerySelector("h1")!.TextContent);
        Assert.Contains(basin, page.QuerySelector("h1")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("h2"), h => h.TextContent.StartsWith(top, StringComparison.Ordinal));
        // Two charts drawn on the server, each an image with a title; five tables with their CSV links.
        Assert.Equal(2, page.QuerySelectorAll("svg.chart[role=img] title").Length);
        Assert.Equal(5, page.QuerySelectorAll("a.watch__csv[href*='format=csv']").Length);
        Assert.Contains(page.QuerySelectorAll("a.watch__csv"), a => a.GetAttribute("href")!.Contains("basin=nord&", StringComparison.Ordinal));
        var unmet = page.QuerySelectorAll("#watch-unmet ~ table tbody tr").Single();
        Assert.Equal(["5", "0", "5", "0"], unmet.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Equal("nord", page.QuerySelector("select[name=basin] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task CountsBelowKShowAsFewerThanK()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        await client.GetAsync("/api/v1/search?q=thuisverpleging");
        await NeedsWatchDatabase.WaitForEventsAsync(app.DataPath, 1);

        var (_, page) = await app.GetPageAsync("/fr/veille");

        Assert.Equal("< 5", page.QuerySelector(".watch__summary td")!.TextContent.Trim());
        var nursing = page.QuerySelectorAll("#watch-coverage ~ table tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Soins infirmiers à domicile");
        Assert.Equal("< 5", nursing.QuerySelector("td")!.TextContent.Trim());
        Assert.DoesNotContain("thuisverpleging", page.DocumentElement.OuterHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheNavigationAndFooterLinkTheWatchAndThePrivacyPage()
    {
        await using var app = new RepertoireApplication();

        var (_, page) = await app.GetPageAsync("/nl/");

        Assert.NotNull(page.QuerySelector(".site-nav a[href='/nl/behoeften']"));
        Assert.NotNull(page.QuerySelector(".site-footer a[href='/nl/privacy']"));
    }
}
