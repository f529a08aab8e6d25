using System.Net;

namespace Repertoire.Web.Tests.Pages;

public sealed class IndexTests
{
    [Fact]
    public async Task FrenchHomeListsBasinsWithCommunesAndCounts()
    {
        await using var app = new RepertoireApplication();

        var (response, page) = await app.GetPageAsync("/fr/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("fr-BE", page.DocumentElement.GetAttribute("lang"));
        var basins = page.QuerySelectorAll(".basin-card").ToList();
        Assert.Equal(5, basins.Count);
        var nordEst = basins.Single(b => b.ClassList.Contains("basin-card--nord-est"));
        Assert.Equal("Bassin Nord-Est", nordEst.QuerySelector("h3")!.TextContent);
        Assert.Equal("1 service", nordEst.QuerySelector(".basin-card__count")!.TextContent);
        Assert.Contains("Schaerbeek", nordEst.QuerySelector(".basin-card__communes")!.TextContent);
    }

    [Fact]
    public async Task DutchHomeSpeaksDutch()
    {
        await using var app = new RepertoireApplication();

        var (_, page) = await app.GetPageAsync("/nl/");

        Assert.Equal("nl-BE", page.DocumentElement.GetAttribute("lang"));
        var names = page.QuerySelectorAll(".basin-card h3").Select(h => h.TextContent).ToList();
        Assert.Contains("Zorgzone Noord-Oost", names);
        Assert.Contains("Schaarbeek", page.QuerySelector(".basin-card--nord-est")!.TextContent);
    }

    [Fact]
    public async Task BrusselsCityCountsInTheBasinOfEachSite()
    {
        await using var app = new RepertoireApplication();

        var (_, page) = await app.GetPageAsync("/fr/");

        Assert.Contains("Bruxelles (1)", page.QuerySelector(".basin-card--centre-ouest")!.TextContent.Replace("\n", "").Replace("  ", ""));
        Assert.Contains("Bruxelles (0)", page.QuerySelector(".basin-card--sud")!.TextContent.Replace("\n", "").Replace("  ", ""));
    }

    [Theory]
    [InlineData("nl-BE,nl;q=0.9,en;q=0.8", "/nl/")]
    [InlineData("fr-BE,fr;q=0.9", "/fr/")]
    [InlineData("en-GB,en;q=0.9,nl;q=0.5,fr;q=0.4", "/nl/")]
    [InlineData("de-DE", "/fr/")]
    public async Task RootRedirectsByAcceptLanguage(string acceptLanguage, string expected)
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateBrowserlessClient();
        client.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task RootRemembersTheLastLanguageVisited()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateBrowserlessClient();
        client.DefaultRequestHeaders.Add("Accept-Language", "fr-BE");

        var visit = await client.GetAsync("/nl/");
        var cookie = visit.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("repertoire-lang=", StringComparison.Ordinal));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        var response = await client.SendAsync(request);

        Assert.Equal("/nl/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task LanguageSwitchLeadsToTheOtherHome()
    {
        await using var app = new RepertoireApplication();

        var (_, page) = await app.GetPageAsync("/fr/");

        Assert.Equal("/nl/", page.QuerySelector("a.language-switch")!.GetAttribute("href"));
    }

    [Fact]
    public async Task HealthzAnswersOnceContentIsLoaded()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"listings\":3", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PagesCarryAContentSecurityPolicyWithoutInlineScripts()
    {
        await using var app = new RepertoireApplication();

        var (response, _) = await app.GetPageAsync("/fr/");

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task HomeSearchBoxIsAGetFormToTheSearchPage()
    {
        await using var app = new RepertoireApplication();

        var (_, fr) = await app.GetPageAsync("/fr/");
        var (_, nl) = await app.GetPageAsync("/nl/");

        var form = fr.QuerySelector("main form[role=search]")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/fr/recherche", form.GetAttribute("action"));
        Assert.NotNull(form.QuerySelector("input[name=q]"));
        Assert.Equal("/nl/zoeken", nl.QuerySelector("main form[role=search]")!.GetAttribute("action"));
    }

    [Fact]
    public async Task TileMapOpensTheSearchOnTheCommune()
    {
        await using var app = new RepertoireApplication();

        var (_, page) = await app.GetPageAsync("/fr/");

        var tiles = page.QuerySelectorAll(".tile-map .tile a").ToList();
        Assert.Equal(3, tiles.Count);
        var schaerbeek = tiles.Single(a => a.TextContent.Contains("Schaerbeek"));
        // A tile names a commune: it opens that commune, not its whole basin.
        Assert.Equal("/fr/recherche?commune=schaerbeek", schaerbeek.GetAttribute("href"));
        var brussels = tiles.Single(a => a.TextContent.Contains("Bruxelles"));
        Assert.Equal("/fr/recherche?commune=bruxelles", brussels.GetAttribute("href"));
        Assert.Contains("tile--split", brussels.ParentElement!.ClassName);
        Assert.Equal(5, page.QuerySelectorAll(".basin-legend a[href^='/fr/recherche?basin=']").Length);
    }

    [Fact]
    public async Task HomeOffersTheNeedsWithServices()
    {
        await using var app = new RepertoireApplication();

        var (_, page) = await app.GetPageAsync("/nl/");

        var needs = page.QuerySelectorAll(".need-list a").ToList();
        Assert.Contains(needs, a => a.GetAttribute("href") == "/nl/zoeken?need=aide-alimentaire" && a.TextContent.Contains("Voedselhulp"));
        Assert.Contains(needs, a => a.GetAttribute("href") == "/nl/zoeken?need=soins-infirmiers-domicile");
    }
}
