using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Repertoire.Browser.Tests;

/// <summary>The pages work from the keyboard alone.</summary>
[Collection(SiteCollection.Name)]
public sealed class KeyboardTests(SiteFixture site)
{
    [Fact]
    public async Task SkipLinkIsTheFirstStopAndLeadsToTheContent()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/nl/");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator("a.skip-link");
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#main")).ToBeFocusedAsync();
        await page.CloseAsync();
    }

    [Fact]
    public async Task FacetTickedWithSpaceKeepsTheFocusAfterTheUpdate()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/fr/recherche?q=aide+sociale");

        var box = page.Locator("input[name=basin][value=nord]");
        await box.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("basin=nord"));
        await Assertions.Expect(page.Locator(".chips .chip")).ToHaveCountAsync(1);
        // The results region was replaced: focus is back on the same checkbox, not lost to the body.
        await Assertions.Expect(page.Locator("input[name=basin][value=nord]")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("input[name=basin][value=nord]")).ToBeCheckedAsync();
        await page.CloseAsync();
    }

    [Fact]
    public async Task ListingJoinsTheSheetWithTheSpaceBar()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/fr/organisations/cass-schaerbeek");

        var toggle = page.Locator("[data-shortlist-toggle]");
        await Assertions.Expect(toggle).ToHaveAttributeAsync("role", "button");
        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(page.Locator("[data-shortlist-count]")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("a.shortlist-link")).ToHaveAttributeAsync("href", "/fr/fiche?ids=cass-schaerbeek");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");
        await Assertions.Expect(page.Locator("[data-shortlist-count]")).ToBeHiddenAsync();
        await page.CloseAsync();
    }
}
