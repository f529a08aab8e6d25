using System.Net;

namespace Repertoire.Web.Tests.Pages.Organisations;

public sealed class DetailsTests
{
    [Fact]
    public async Task FrenchListingShowsItsFields()
    {
        await using var app = new RepertoireApplication();

        var (response, page) = await app.GetPageAsync("/fr/organisations/epicerie-test-schaerbeek");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("fr-BE", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Épicerie sociale de test", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("alimentaires", page.QuerySelector(".listing__description strong")!.TextContent);
        Assert.Contains("Rue de Test 1, 1030 Schaerbeek", page.QuerySelector(".listing__facts")!.TextContent);
        Assert.Equal("tel:020000001", page.QuerySelector("a.listing__phone")!.GetAttribute("href"));
        Assert.Contains("Aide alimentaire", page.QuerySelector(".listing__needs")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://social.brussels/organisation/99001");
    }

    [Fact]
    public async Task DutchListingUsesTheDutchPath()
    {
        await using var app = new RepertoireApplication();

        var (response, page) = await app.GetPageAsync("/nl/organisaties/epicerie-test-schaerbeek");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nl-BE", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Sociale kruidenier (test)", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Teststraat 1, 1030 Schaarbeek", page.QuerySelector(".listing__facts")!.TextContent);
        Assert.Contains("Voedselhulp", page.QuerySelector(".listing__needs")!.TextContent);
    }

    [Fact]
    public async Task LanguageSwitchStaysOnTheListing()
    {
        await using var app = new RepertoireApplication();

        var (_, fr) = await app.GetPageAsync("/fr/organisations/epicerie-test-schaerbeek");
        var (_, nl) = await app.GetPageAsync("/nl/organisaties/epicerie-test-schaerbeek");

        Assert.Equal("/nl/organisaties/epicerie-test-schaerbeek", fr.QuerySelector("a.language-switch")!.GetAttribute("href"));
        Assert.Equal("/fr/organisations/epicerie-test-schaerbeek", nl.QuerySelector("a.language-switch")!.GetAttribute("href"));
        Assert.Equal("/nl/organisaties/epicerie-test-schaerbeek",
            fr.QuerySelector("link[rel=alternate][hreflang=nl-BE]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ListingKnownOnlyInDutchSaysSoOnTheFrenchPage()
    {
        await using var app = new RepertoireApplication();

        var (_, page) = await app.GetPageAsync("/fr/organisations/infirmiers-test-jette");

        Assert.Equal("Thuisverpleging Test Jette", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("nl-BE", page.QuerySelector(".listing__description")!.GetAttribute("lang"));
        Assert.Contains("n'existe qu'en néerlandais", page.QuerySelector(".notice")!.TextContent);
    }

    [Fact]
    public async Task HtmlInContentIsShownAsText()
    {
        await using var app = new RepertoireApplication();

        var (_, page) = await app.GetPageAsync("/fr/organisations/centre-test-bruxelles");

        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector(".listing__description")!.TextContent);
    }

    [Theory]
    [InlineData("/fr/organisations/nobody")]
    [InlineData("/nl/organisaties/nobody")]
    [InlineData("/nl/organisations/epicerie-test-schaerbeek")]
    public async Task UnknownListingIsNotFoundInTheVisitorsLanguage(string url)
    {
        await using var app = new RepertoireApplication();

        var (response, page) = await app.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(url.StartsWith("/nl", StringComparison.Ordinal) ? "nl-BE" : "fr-BE", page.DocumentElement.GetAttribute("lang"));
    }
}
