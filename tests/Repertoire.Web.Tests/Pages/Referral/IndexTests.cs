using System.Net;

namespace Repertoire.Web.Tests.Pages.Referral;

public sealed class IndexTests
{
    [Fact]
    public async Task SheetListsThePickedListingsInTheUrlOrder()
    {
        await using var app = new RepertoireApplication();

        var (response, page) = await app.GetPageAsync("/fr/fiche?ids=infirmiers-test-jette,epicerie-test-schaerbeek");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var names = page.QuerySelectorAll(".sheet__name").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Thuisverpleging Test Jette", "Épicerie sociale de test"], names);
        Assert.Contains("Rue de Test 1, 1030 Schaerbeek", page.QuerySelector(".sheet")!.TextContent);
        Assert.Contains("02/000.00.01", page.QuerySelector(".sheet")!.TextContent);
        Assert.Equal("http://localhost/fr/fiche?ids=infirmiers-test-jette,epicerie-test-schaerbeek",
            page.QuerySelector("#share-url")!.GetAttribute("value"));
    }

    [Fact]
    public async Task SheetSwitchesLanguageWithTheSameListings()
    {
        await using var app = new RepertoireApplication();

        var (_, fr) = await app.GetPageAsync("/fr/fiche?ids=epicerie-test-schaerbeek");
        var (_, nl) = await app.GetPageAsync("/nl/doorverwijzing?ids=epicerie-test-schaerbeek");

        Assert.Equal("/nl/doorverwijzing?ids=epicerie-test-schaerbeek", fr.QuerySelector("a.language-switch")!.GetAttribute("href"));
        Assert.Equal("Sociale kruidenier (test)", nl.QuerySelector(".sheet__name")!.TextContent.Trim());
        Assert.Contains("Teststraat 1, 1030 Schaarbeek", nl.QuerySelector(".sheet")!.TextContent);
        Assert.Equal("nl-BE", nl.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task FormWithRepeatedIdsRedirectsToTheShortUrl()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateBrowserlessClient();

        var response = await client.GetAsync("/nl/doorverwijzing?ids=epicerie-test-schaerbeek&ids=centre-test-bruxelles");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/nl/doorverwijzing?ids=epicerie-test-schaerbeek,centre-test-bruxelles", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task UnknownIdsAreCountedNotShown()
    {
        await using var app = new RepertoireApplication();

        var (response, page) = await app.GetPageAsync("/fr/fiche?ids=nobody,epicerie-test-schaerbeek,%3Cscript%3E");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(page.QuerySelectorAll(".sheet__item"));
        Assert.Contains("2 services de la sélection", page.QuerySelector(".notice")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task EmptySheetExplainsHowToFillIt()
    {
        await using var app = new RepertoireApplication();

        var (_, page) = await app.GetPageAsync("/nl/doorverwijzing");

        Assert.Null(page.QuerySelector(".sheet"));
        Assert.Equal("/nl/zoeken", page.QuerySelector(".empty-state a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task RemoveLinkKeepsTheOtherListings()
    {
        await using var app = new RepertoireApplication();

        var (_, page) = await app.GetPageAsync("/fr/fiche?ids=epicerie-test-schaerbeek,centre-test-bruxelles");

        var remove = page.QuerySelector("[data-shortlist-remove='epicerie-test-schaerbeek']")!;
        Assert.Equal("/fr/fiche?ids=centre-test-bruxelles", remove.GetAttribute("href"));
    }
}
