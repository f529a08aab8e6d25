using Microsoft.Playwright;

namespace Repertoire.Browser.Tests;

/// <summary>Every page in both languages: served in its language, no serious or critical axe violation, screenshots.</summary>
[Collection(SiteCollection.Name)]
public sealed class PagesTests(SiteFixture site)
{
    public static TheoryData<string, string, string> Pages => new()
    {
        { "home-fr", "/fr/", "fr-BE" },
        { "home-nl", "/nl/", "nl-BE" },
        { "search-fr", "/fr/recherche?q=aide+alimentaire", "fr-BE" },
        { "search-nl", "/nl/zoeken?q=voedselhulp", "nl-BE" },
        { "search-empty-fr", "/fr/recherche?q=xqzwv&basin=sud-est", "fr-BE" },
        { "search-empty-nl", "/nl/zoeken?q=xqzwv&basin=sud-est", "nl-BE" },
        { "listing-fr", "/fr/organisations/cass-schaerbeek", "fr-BE" },
        { "listing-nl", "/nl/organisaties/cass-schaerbeek", "nl-BE" },
        { "referral-fr", "/fr/fiche?ids=cass-schaerbeek,cpas-schaerbeek,brusano", "fr-BE" },
        { "referral-nl", "/nl/doorverwijzing?ids=cass-schaerbeek,cpas-schaerbeek,brusano", "nl-BE" },
        { "coverage-fr", "/fr/couverture", "fr-BE" },
        { "coverage-nl", "/nl/dekking", "nl-BE" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task PageIsAccessibleInItsLanguage(string name, string path, string tag)
    {
        var page = await site.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };

        var response = await page.GotoAsync(path);

        Assert.Equal(200, response!.Status);
        Assert.Equal(tag, await page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        // The scripts ran: shortlist.js marks the document.
        await Assertions.Expect(page.Locator("html.js")).ToHaveCountAsync(1);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, name);
        // A CSP violation or a script error shows up in the console.
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task PrintedSheetHidesTheMenusAndTools()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/fr/fiche?ids=cass-schaerbeek,brusano");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await Assertions.Expect(page.Locator(".sheet")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".site-nav")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".referral__tools")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".sheet__remove").First).ToBeHiddenAsync();
        await Screenshots.SaveAsync(page, "referral-print-fr");
        await page.CloseAsync();
    }
}
