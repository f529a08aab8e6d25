using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Repertoire.Browser.Tests;

/// <summary>A professional's search, as done in the browser: type, filter, page, remove the filter, switch language, open.</summary>
[Collection(SiteCollection.Name)]
public sealed class SearchFlowTests(SiteFixture site)
{
    // Three per page: the bundled content has five or six matches in the basin, so the filtered results span pages.
    [Theory]
    [InlineData("/fr/recherche?per_page=3", "aide sociale", "sud", "/nl/zoeken", "/nl/organisaties/", "nl-BE")]
    [InlineData("/nl/zoeken?per_page=3", "sociale hulp", "sud", "/fr/recherche", "/fr/organisations/", "fr-BE")]
    public async Task TypeFilterPageRemoveSwitchAndOpen(string start, string text, string basin, string otherSearch, string otherListing, string otherTag)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(start);
        var q = Uri.EscapeDataString(text).Replace("%20", "+");

        // As-you-type: results and the address follow the text without a submit.
        await page.Locator("#q").PressSequentiallyAsync(text, new() { Delay = 30 });
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape("?q=" + q)));
        await Assertions.Expect(page.Locator(".card")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync(new Regex(@"\d+"));
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex(Regex.Escape(text)));

        // Tick a basin: the results narrow to it and the filter shows as a chip.
        await page.Locator($"input[name=basin][value={basin}]").CheckAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("basin=" + basin));
        await Assertions.Expect(page.Locator(".chips .chip")).ToHaveCountAsync(1);
        var cards = page.Locator(".card");
        await Assertions.Expect(cards.First).ToHaveClassAsync(new Regex("card--" + basin));
        Assert.Equal(await cards.CountAsync(), await page.Locator(".card--" + basin).CountAsync());
        await Screenshots.SaveAsync(page, "flow-filtered-" + start[1..3]);

        // Next page.
        await page.Locator(".pagination a[rel=next]").ClickAsync();
        await Assertions.Expect(page.Locator(".pagination a[aria-current=page]")).ToHaveTextAsync("2");
        await Assertions.Expect(page.Locator($"input[name=basin][value={basin}]")).ToBeCheckedAsync();

        // Remove the filter from its chip.
        await page.Locator(".chips .chip").First.ClickAsync();
        await Assertions.Expect(page.Locator(".chips")).ToHaveCountAsync(0);
        Assert.DoesNotContain("basin=", page.Url);
        Assert.Contains("q=" + q, page.Url);

        // Switch language on the results page: same search, other language.
        await page.Locator("a.language-switch").ClickAsync();
        await page.WaitForURLAsync(new Regex(Regex.Escape(otherSearch + "?q=" + q)));
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", otherTag);
        await Assertions.Expect(page.Locator("#q")).ToHaveValueAsync(text);
        await Assertions.Expect(page.Locator(".card").First).ToBeVisibleAsync();

        // Open a listing.
        var first = page.Locator(".card__name a").First;
        var name = await first.TextContentAsync();
        await first.ClickAsync();
        await page.WaitForURLAsync(new Regex(Regex.Escape(otherListing)));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(name!);
        await page.CloseAsync();
    }

    [Fact]
    public async Task ProfessionalBuildsAndPrintsAReferralSheet()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/fr/recherche?q=aide+sociale&per_page=3");

        // Pick two listings on the first page and one on the second: the shortlist follows across pages.
        var picks = page.Locator(".card__pick input");
        await picks.Nth(0).CheckAsync();
        await picks.Nth(1).CheckAsync();
        await Assertions.Expect(page.Locator("[data-shortlist-count]")).ToHaveTextAsync("2");
        var picked = new List<string>
        {
            (await picks.Nth(0).GetAttributeAsync("value"))!,
            (await picks.Nth(1).GetAttributeAsync("value"))!,
        };
        await page.Locator(".pagination a[rel=next]").ClickAsync();
        await Assertions.Expect(page.Locator(".pagination a[aria-current=page]")).ToHaveTextAsync("2");
        await page.Locator(".card__pick input").First.CheckAsync();
        picked.Add((await page.Locator(".card__pick input").First.GetAttributeAsync("value"))!);
        await Assertions.Expect(page.Locator("[data-shortlist-count]")).ToHaveTextAsync("3");

        // The header's link opens the sheet, whose URL holds the shortlist.
        await page.Locator("a.shortlist-link").ClickAsync();
        await page.WaitForURLAsync(new Regex(Regex.Escape("/fr/fiche?ids=" + string.Join(",", picked))));
        await Assertions.Expect(page.Locator(".sheet__item")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("[data-print]")).ToBeVisibleAsync();

        // The person helped reads Dutch: the same sheet in Dutch.
        await page.GetByRole(AriaRole.Link, new() { Name = "Version en néerlandais" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(Regex.Escape("/nl/doorverwijzing?ids=" + string.Join(",", picked))));
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl-BE");
        await Assertions.Expect(page.Locator(".sheet__item")).ToHaveCountAsync(3);

        // Remove one, then print: only the sheet is printed.
        await page.Locator(".sheet__remove a").Last.ClickAsync();
        await Assertions.Expect(page.Locator(".sheet__item")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("[data-shortlist-count]")).ToHaveTextAsync("2");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Assertions.Expect(page.Locator(".referral__tools")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".site-nav")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".sheet")).ToBeVisibleAsync();
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
        Assert.True(pdf.Length > 1000);
        Directory.CreateDirectory(Screenshots.Folder);
        await File.WriteAllBytesAsync(Path.Combine(Screenshots.Folder, "referral-nl.pdf"), pdf);
        await Screenshots.SaveAsync(page, "referral-print-nl");
        await page.CloseAsync();
    }

    [Fact]
    public async Task SearchFiltersAndSheetWorkWithoutJavaScript()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/nl/zoeken");

        await page.Locator("#q").FillAsync("huisarts");
        await page.Locator("#q").PressAsync("Enter");
        await page.WaitForURLAsync(new Regex(@"\?q=huisarts"));
        await Assertions.Expect(page.Locator(".card").First).ToBeVisibleAsync();

        await page.Locator("input[name=basin]").First.CheckAsync();
        await page.Locator(".facets__apply").ClickAsync();
        await page.WaitForURLAsync(new Regex("basin="));
        await Assertions.Expect(page.Locator(".chips .chip")).ToHaveCountAsync(1);

        await page.Locator(".card__pick input").First.CheckAsync();
        var id = await page.Locator(".card__pick input").First.GetAttributeAsync("value");
        await page.Locator(".shortlist-form__submit button").ClickAsync();
        await page.WaitForURLAsync(new Regex(Regex.Escape("/nl/doorverwijzing?ids=" + id)));
        await Assertions.Expect(page.Locator(".sheet__item")).ToHaveCountAsync(1);
        await page.CloseAsync();
    }

    [Fact]
    public async Task DidYouMeanOffersTheCorrectedSearch()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/fr/recherche?q=mediaton+de+detes");

        var suggestion = page.Locator("[data-suggestion]");
        await Assertions.Expect(suggestion).ToBeVisibleAsync();
        await suggestion.ClickAsync();
        await Assertions.Expect(page.Locator(".card").First).ToBeVisibleAsync();
        await page.CloseAsync();
    }
}
