using System.Net;
using AngleSharp.Html.Parser;

namespace Repertoire.Web.Tests.Pages.Search;

public sealed class IndexTests
{
    [Fact]
    public async Task FrenchSearchShowsCardsWithTheListingsDetails()
    {
        await using var app = new RepertoireApplication();

        var (response, page) = await app.GetPageAsync("/fr/recherche?q=colis+alimentaire");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("fr-BE", page.DocumentElement.GetAttribute("lang"));
        var card = page.QuerySelectorAll(".card").First();
        Assert.Equal("Épicerie sociale de test", card.QuerySelector(".card__name")!.TextContent);
        Assert.Equal("/fr/organisations/epicerie-test-schaerbeek", card.QuerySelector(".card__name a")!.GetAttribute("href"));
        Assert.Contains("Bassin Nord-Est", card.QuerySelector(".card__place")!.TextContent);
        Assert.Contains("Schaerbeek", card.QuerySelector(".card__place")!.TextContent);
        Assert.Contains("Aide alimentaire", card.QuerySelector(".card__needs")!.TextContent);
        Assert.Contains("02/000.00.01", card.TextContent);
        Assert.Contains("français, néerlandais", card.TextContent);
        Assert.NotEmpty(card.QuerySelectorAll(".card__snippet mark"));
        Assert.Equal("colis alimentaire", page.QuerySelector("#q")!.GetAttribute("value"));
    }

    [Theory]
    // The fixture's only food aid is in Schaerbeek (basin Nord-Est): nothing in Jette nor in its basin (Nord).
    [InlineData("/fr/recherche?q=colis+alimentaire+Jette", "Rien à Jette ni dans son bassin pour cette recherche : voici les services d'ailleurs dans la Région.")]
    [InlineData("/nl/zoeken?q=voedselhulp+Jette", "Niets in Jette of de zorgzone voor deze zoekopdracht: dit zijn diensten elders in het Gewest.")]
    public async Task APlaceWithoutOfferOfItsOwnSaysWhereTheResultsComeFrom(string url, string notice)
    {
        await using var app = new RepertoireApplication();

        var (_, page) = await app.GetPageAsync(url);

        Assert.Equal(notice, page.QuerySelector(".notice--widened")!.TextContent.Trim());
        Assert.NotEmpty(page.QuerySelectorAll(".card"));
        var (_, here) = await app.GetPageAsync("/fr/recherche?q=colis+alimentaire+Schaerbeek");
        Assert.Null(here.QuerySelector(".notice--widened"));
    }

    [Theory]
    [InlineData("/fr/recherche?q=colis+alimentaire+n%C3%A9erlandophone", "Les services en néerlandais d'abord.", "N'afficher que ceux-là")]
    [InlineData("/nl/zoeken?q=Nederlandstalige+voedselhulp", "Eerst de diensten in het Nederlands.", "Alleen die tonen")]
    public async Task ALanguageOfServiceNamedPutsItsSpeakersFirstAndOffersToKeepOnlyThem(string url, string notice, string only)
    {
        await using var app = new RepertoireApplication();

        var (_, page) = await app.GetPageAsync(url);

        var spoken = page.QuerySelector(".notice--spoken")!;
        Assert.StartsWith(notice, spoken.TextContent.Trim());
        var link = spoken.QuerySelector("a")!;
        Assert.Equal(only, link.TextContent);
        Assert.Contains("language=nl", link.GetAttribute("href"));
        Assert.NotEmpty(page.QuerySelectorAll(".card"));
        // Once the filter keeps only them, there is nothing more to offer.
        var (_, filtered) = await app.GetPageAsync(link.GetAttribute("href")!);
        Assert.Null(filtered.QuerySelector(".notice--spoken a"));
        var (_, plain) = await app.GetPageAsync("/fr/recherche?q=colis+alimentaire");
        Assert.Null(plain.QuerySelector(".notice--spoken"));
    }

    [Fact]
    public async Task FacetsAreCheckboxesWithCountsInTheSearchForm()
    {
        await using var app = new RepertoireApplication();

        var (_, page) = await app.GetPageAsync("/nl/zoeken?basin=nord-est");

        var box = page.QuerySelector("input[name=basin][value=nord-est]")!;
        Assert.True(box.HasAttribute("checked"));
        Assert.Equal("search-form", box.GetAttribute("form"));
        var label = page.QuerySelector($"label[for='{box.Id}']")!;
        Assert.Contains("Zorgzone Noord-Oost", label.TextContent);
        Assert.Equal("1", label.QuerySelector(".count")!.TextContent);
        Assert.Equal("/nl/zoeken", page.QuerySelector("#search-form")!.GetAttribute("action"));
        Assert.Equal("get", page.QuerySelector("#search-form")!.GetAttribute("method"));
    }

    [Fact]
    public async Task ActiveFilterIsAChipThatRemovesIt()
    {
        await using var app = new RepertoireApplication();

        var (_, page) = await app.GetPageAsync("/fr/recherche?q=test&basin=nord-est&need=aide-alimentaire");

        var chips = page.QuerySelectorAll(".chips a.chip").ToList();
        var basin = chips.Single(c => c.TextContent.Contains("Bassin Nord-Est"));
        Assert.Equal("/fr/recherche?q=test&need=aide-alimentaire", basin.GetAttribute("href"));
        Assert.Contains(chips, c => c.GetAttribute("href") == "/fr/recherche?q=test");
    }

    [Fact]
    public async Task ResultsArePaged()
    {
        await using var app = new RepertoireApplication();

        var (_, first) = await app.GetPageAsync("/fr/recherche?per_page=1");
        var (_, second) = await app.GetPageAsync("/fr/recherche?per_page=1&page=2");

        Assert.Single(first.QuerySelectorAll(".card"));
        Assert.Equal("/fr/recherche?page=2&per_page=1", first.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("1", first.QuerySelector(".pagination a[aria-current=page]")!.TextContent);
        Assert.Equal("2", second.QuerySelector(".pagination a[aria-current=page]")!.TextContent);
        Assert.NotEqual(first.QuerySelector(".card__name")!.TextContent, second.QuerySelector(".card__name")!.TextContent);
    }

    [Fact]
    public async Task EmptyResultOffersTheSearchWithoutTheNarrowestFilter()
    {
        await using var app = new RepertoireApplication();

        var (response, page) = await app.GetPageAsync("/fr/recherche?q=alimentaire&basin=sud");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page.QuerySelectorAll(".card"));
        var wider = page.QuerySelector("[data-without-filter]")!;
        Assert.Equal("/fr/recherche?q=alimentaire", wider.GetAttribute("href"));
        Assert.Contains("Bassin Sud", wider.TextContent);
        Assert.Contains(page.QuerySelectorAll(".related-needs a"), a => a.GetAttribute("href") == "/fr/recherche?need=aide-alimentaire");
    }

    [Fact]
    public async Task LanguageSwitchKeepsTheSearch()
    {
        await using var app = new RepertoireApplication();

        var (_, page) = await app.GetPageAsync("/fr/recherche?q=colis&basin=nord-est");

        Assert.Equal("/nl/zoeken?q=colis&basin=nord-est", page.QuerySelector("a.language-switch")!.GetAttribute("href"));
    }

    [Fact]
    public async Task MarkupInTheQueryIsShownAsText()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateBrowserlessClient();

        var response = await client.GetAsync("/fr/recherche?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%3Cb%3E");
        var html = await response.Content.ReadAsStringAsync();
        var page = new HtmlParser().ParseDocument(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html);
        Assert.Empty(page.QuerySelectorAll("main script, main b"));
        Assert.Equal("<script>alert(1)</script><b>", page.QuerySelector("#q")!.GetAttribute("value"));
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector("#results-count")!.TextContent);
    }

    [Theory]
    [InlineData("/fr/recherche?basin=nowhere", "basin", "fr-BE")]
    [InlineData("/nl/zoeken?page=0", "page", "nl-BE")]
    [InlineData("/fr/recherche?per_page=1000", "per_page", "fr-BE")]
    [InlineData("/nl/zoeken?need=%3Cscript%3E", "need", "nl-BE")]
    public async Task BadParameterGivesAFriendlyBadRequestPage(string url, string parameter, string tag)
    {
        await using var app = new RepertoireApplication();

        var (response, page) = await app.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(tag, page.DocumentElement.GetAttribute("lang"));
        Assert.Contains(parameter, page.QuerySelector(".notice--error")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task TooLongTextIsABadRequest()
    {
        await using var app = new RepertoireApplication();

        var (response, _) = await app.GetPageAsync("/fr/recherche?q=" + new string('a', 501));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ScriptsGetTheResultsRegionAlone()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateBrowserlessClient();
        client.DefaultRequestHeaders.Add("X-Repertoire-Partial", "1");

        var html = await client.GetStringAsync("/nl/zoeken?q=voedselpakket");

        Assert.StartsWith("<div id=\"search-live\"", html.Trim());
        Assert.DoesNotContain("<html", html);
        Assert.Contains("Sociale kruidenier (test)", html);
    }

    [Fact]
    public async Task PicksGoToTheReferralSheetByGet()
    {
        await using var app = new RepertoireApplication();

        var (_, page) = await app.GetPageAsync("/nl/zoeken?q=voedselpakket");

        var form = page.QuerySelector("#shortlist-form")!;
        Assert.Equal("/nl/doorverwijzing", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[type=checkbox][name=ids][value=epicerie-test-schaerbeek]"));
    }
}
