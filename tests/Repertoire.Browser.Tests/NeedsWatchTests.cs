using Microsoft.Playwright;

namespace Repertoire.Browser.Tests;

/// <summary>A basin's needs watch in both languages, without JavaScript, and printed as a council report.</summary>
[Collection(SiteCollection.Name)]
public sealed class NeedsWatchTests(SiteFixture site)
{
    private static readonly string[] Searches =
        ["aide alimentaire Schaerbeek", "CPAS Evere", "colis alimentaire Evere", "OCMW Schaarbeek", "logement Saint-Josse"];

    // Five of each, so every count reaches k and shows to the public; the writer stores them within a moment.
    private async Task SearchAsync()
    {
        using var client = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        foreach (var text in Searches)
        {
            for (var i = 0; i < 5; i++)
                (await client.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(text))).EnsureSuccessStatusCode();
        }
    }

    private async Task<IPage> OpenWhenRecordedAsync(string path, bool javaScript = true, string locale = "fr-BE")
    {
        var page = await site.NewPageAsync(javaScript, locale);
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await page.GotoAsync(path);
            if (await page.Locator("svg.chart rect.chart__bar").CountAsync() > 0) return page;
            await Task.Delay(200);
        }
        throw new TimeoutException($"{path} showed no recorded search");
    }

    [Theory]
    [InlineData("needs-watch-fr", "/fr/veille?basin=nord-est", "fr-BE", "Bassin Nord-Est")]
    [InlineData("needs-watch-nl", "/nl/behoeften?basin=nord-est", "nl-BE", "Zorgzone Noord-Oost")]
    public async Task ABasinPageIsWholeInEachLanguage(string name, string path, string tag, string basin)
    {
        await SearchAsync();
        var page = await OpenWhenRecordedAsync(path, locale: tag);

        Assert.Equal(tag, await page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(basin);
        await Assertions.Expect(page.Locator("svg.chart").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("a.watch__csv")).ToHaveCountAsync(5);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, name);

        // Choosing another basin is a plain GET form.
        await page.Locator("select[name=basin]").SelectOptionAsync("region");
        await page.Locator(".watch__form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("basin=region", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("h1")).Not.ToContainTextAsync(basin);
        await page.CloseAsync();
    }

    [Fact]
    public async Task WithoutJavaScriptThePageHasItsChartsAndTables()
    {
        await SearchAsync();
        var page = await OpenWhenRecordedAsync("/fr/veille?basin=nord-est", javaScript: false);

        await Assertions.Expect(page.Locator("svg.chart")).ToHaveCountAsync(2);
        Assert.True(await page.Locator(".watch__table tbody tr").CountAsync() > 10);
        await page.CloseAsync();
    }

    [Fact]
    public async Task ThePrintedReportHidesTheFormAndKeepsTablesAndCharts()
    {
        await SearchAsync();
        var page = await OpenWhenRecordedAsync("/fr/veille?basin=nord-est");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await Assertions.Expect(page.Locator(".watch__form")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".site-nav")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".watch__csv").First).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("svg.chart").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#watch-coverage")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "needs-watch-print-fr");
        Directory.CreateDirectory(Screenshots.Folder);
        var pdf = await page.PdfAsync(new PagePdfOptions
        {
            Path = Path.Combine(Screenshots.Folder, "needs-watch-report-fr.pdf"),
            Format = "A4",
            PrintBackground = true,
        });
        Assert.True(pdf.Length > 10_000);
        await page.CloseAsync();
    }
}
