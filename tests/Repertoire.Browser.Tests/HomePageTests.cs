using Microsoft.Playwright;

namespace Repertoire.Browser.Tests;

[Collection(SiteCollection.Name)]
public sealed class HomePageTests(SiteFixture site)
{
    [Theory]
    [InlineData("/fr/", "fr-BE")]
    [InlineData("/nl/", "nl-BE")]
    public async Task HomeIsServedInItsLanguageAndPassesAxe(string path, string tag)
    {
        var page = await site.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        Assert.Equal(tag, await page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "home-" + tag[..2]);
        await page.CloseAsync();
    }
}
