using System.Text.Json;
using Microsoft.Playwright;

namespace Repertoire.Browser.Tests;

/// <summary>The widget embedded in a foreign page served from another origin than the directory.</summary>
[Collection(SiteCollection.Name)]
public sealed class WidgetTests(SiteFixture site) : IAsyncLifetime
{
    // Several listings of the Noord zone answer it (the CPAS/OCMW antennas of the north).
    private const string Query = "ocmw";

    private HostPageServer _host = default!;

    public async Task InitializeAsync() => _host = await HostPageServer.StartAsync(site.BaseUrl);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<IPage> OpenHostAsync()
    {
        Assert.NotEqual(new Uri(_host.BaseUrl).GetLeftPart(UriPartial.Authority), new Uri(site.BaseUrl).GetLeftPart(UriPartial.Authority));
        var page = await site.NewPageAsync(locale: "nl-BE");
        await page.GotoAsync(_host.BaseUrl + "/");
        return page;
    }

    private static ILocator Widget(IPage page, int index = 0) => page.Locator(".repertoire-search").Nth(index);

    [Fact]
    public async Task TypingListsResultsThatTheKeyboardMovesThroughAndFollows()
    {
        var page = await OpenHostAsync();
        var widget = Widget(page);
        var input = widget.GetByRole(AriaRole.Combobox);
        await Assertions.Expect(widget.Locator("label")).ToHaveTextAsync("Zoek een sociale of gezondheidsdienst in Brussel");

        var search = page.WaitForRequestAsync(r => r.Url.StartsWith(site.BaseUrl + "/api/v1/search", StringComparison.Ordinal));
        await input.PressSequentiallyAsync(Query, new() { Delay = 60 });
        var request = await search;
        Assert.Contains("lang=nl", request.Url);
        Assert.Contains("basin=nord", request.Url);

        var options = widget.GetByRole(AriaRole.Option);
        // The status names the query it answers, so the list is the final one, not that of a prefix.
        await Assertions.Expect(widget.GetByRole(AriaRole.Status)).ToContainTextAsync($"resultaten voor ‘{Query}’");
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(options.First).ToBeVisibleAsync();
        var count = await options.CountAsync();
        Assert.True(count >= 2, $"expected several results for '{Query}' in zone Noord, got {count}");

        async Task ExpectActiveAsync(int index)
        {
            var id = await options.Nth(index).GetAttributeAsync("id");
            await Assertions.Expect(input).ToHaveAttributeAsync("aria-activedescendant", id!);
            await Assertions.Expect(options.Nth(index)).ToHaveAttributeAsync("aria-selected", "true");
        }

        await input.PressAsync("ArrowDown");
        await ExpectActiveAsync(0);
        await input.PressAsync("ArrowDown");
        await ExpectActiveAsync(1);
        await input.PressAsync("End");
        await ExpectActiveAsync(count - 1);
        await input.PressAsync("Home");
        await ExpectActiveAsync(0);
        await input.PressAsync("ArrowUp");
        await ExpectActiveAsync(count - 1);
        await input.PressAsync("ArrowDown");
        await input.PressAsync("ArrowDown");
        await ExpectActiveAsync(1);

        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "widget-host-nl");

        var name = await options.Nth(1).Locator(".repertoire-search__name").TextContentAsync();
        await input.PressAsync("Enter");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(site.BaseUrl) + "/nl/organisaties/"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(name!.Trim());
        await page.CloseAsync();
    }

    [Fact]
    public async Task EscapeClosesTheListAndASecondEscapeClearsTheField()
    {
        var page = await OpenHostAsync();
        var input = Widget(page).GetByRole(AriaRole.Combobox);
        await input.PressSequentiallyAsync(Query);
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-expanded", "true");
        await input.PressAsync("Escape");
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(Widget(page).GetByRole(AriaRole.Listbox)).ToBeHiddenAsync();
        await input.PressAsync("Escape");
        await Assertions.Expect(input).ToHaveValueAsync("");
        await page.CloseAsync();
    }

    [Fact]
    public async Task ResultsNameTheirCommuneAndALinkOpensAllResultsOnTheSite()
    {
        var page = await OpenHostAsync();
        var widget = Widget(page);
        var input = widget.GetByRole(AriaRole.Combobox);
        await input.PressSequentiallyAsync(Query);
        await Assertions.Expect(widget.GetByRole(AriaRole.Status)).ToContainTextAsync($"resultaten voor ‘{Query}’");

        // Every result of the Noord zone names its commune, in Dutch.
        var places = await widget.Locator(".repertoire-search__result .repertoire-search__place").AllTextContentsAsync();
        Assert.Equal(await widget.GetByRole(AriaRole.Option).CountAsync(), places.Count);
        // Names, not ids: a commune id is lower case.
        Assert.All(places, p => Assert.True(p.Length > 0 && char.IsUpper(p[0]), p));
        var all = widget.GetByRole(AriaRole.Link);
        await Assertions.Expect(all).ToHaveAttributeAsync("href", $"{site.BaseUrl}/nl/zoeken?q={Query}&basin=nord");
        await Assertions.Expect(all).ToContainTextAsync("resultaten op de site bekijken");

        await input.PressAsync("Escape");
        await input.PressAsync("Escape");
        await Assertions.Expect(all).ToBeHiddenAsync();
        await input.PressSequentiallyAsync(Query);
        await Assertions.Expect(all).ToBeVisibleAsync();
        // The open list covers the link; the first Escape closes it and keeps the field.
        await input.PressAsync("Escape");
        await all.ClickAsync();
        await page.WaitForURLAsync($"{site.BaseUrl}/nl/zoeken?q={Query}&basin=nord");
        await page.CloseAsync();
    }

    [Fact]
    public async Task EachWidgetTakesItsLanguageFromItsAttributeThenFromTheHostPage()
    {
        var page = await OpenHostAsync();
        await Assertions.Expect(Widget(page, 1).Locator("label")).ToHaveTextAsync("Rechercher un service social ou de santé à Bruxelles");
        // A widget mounted without data-lang follows <html lang="nl-BE">.
        await page.EvaluateAsync("() => { const d = document.createElement('div'); d.id = 'late'; document.querySelector('main').append(d); RepertoireSearch.mount(d); }");
        await Assertions.Expect(page.Locator("#late label")).ToHaveTextAsync("Zoek een sociale of gezondheidsdienst in Brussel");
        var ids = await page.Locator(".repertoire-search__input").EvaluateAllAsync<string[]>("els => els.map(e => e.id)");
        Assert.Equal(ids.Length, ids.Distinct().Count());
        await page.CloseAsync();
    }

    [Fact]
    public async Task HostileDataIsShownAsTextAndOnlyMarkBecomesMarkup()
    {
        var page = await OpenHostAsync();
        var body = JsonSerializer.Serialize(new
        {
            total = 3,
            results = new object[]
            {
                new { name = "<img src=x onerror=\"window.__pwned=1\">Naam", snippet = "a &lt;b&gt; <mark>voedsel</mark> <img src=x onerror=\"window.__pwned=2\"> &amp;amp; &#x3C;i&#x3E;", url = "/nl/organisaties/a" },
                new { name = "Link", snippet = "", url = "javascript:window.__pwned=3" },
                new { name = "Gewoon", snippet = "<mark><script>window.__pwned=4</script></mark>", url = "/nl/organisaties/b" },
            },
        });
        await page.RouteAsync("**/api/v1/search**", route => route.FulfillAsync(new()
        {
            Status = 200, ContentType = "application/json", Body = body,
            Headers = new Dictionary<string, string> { ["Access-Control-Allow-Origin"] = "*" },
        }));
        var widget = Widget(page);
        await widget.GetByRole(AriaRole.Combobox).PressSequentiallyAsync("<img src=x onerror=alert(1)>");
        var options = widget.GetByRole(AriaRole.Option);
        // The javascript: link is dropped: only http(s) results are offered.
        await Assertions.Expect(options).ToHaveCountAsync(2);
        Assert.Equal(0, await widget.Locator("img, script, i, b").CountAsync());
        await Assertions.Expect(options.First.Locator(".repertoire-search__name")).ToHaveTextAsync("<img src=x onerror=\"window.__pwned=1\">Naam");
        await Assertions.Expect(options.First.Locator(".repertoire-search__snippet")).ToHaveTextAsync("a <b> voedsel <img src=x onerror=\"window.__pwned=2\"> &amp; <i>");
        await Assertions.Expect(options.First.Locator("mark")).ToHaveTextAsync("voedsel");
        await Assertions.Expect(options.Nth(1).Locator("mark")).ToHaveTextAsync("<script>window.__pwned=4</script>");
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.CloseAsync();
    }

    [Fact]
    public async Task NoResultAndFailureAreAnnounced()
    {
        var page = await OpenHostAsync();
        var failing = false;
        await page.RouteAsync("**/api/v1/search**", route => route.FulfillAsync(new()
        {
            Status = failing ? 503 : 200, ContentType = "application/json",
            Body = failing ? "{}" : """{"total":0,"results":[]}""",
            Headers = new Dictionary<string, string> { ["Access-Control-Allow-Origin"] = "*" },
        }));
        var widget = Widget(page);
        var input = widget.GetByRole(AriaRole.Combobox);
        await input.PressSequentiallyAsync("zzzqx");
        await Assertions.Expect(widget.GetByRole(AriaRole.Status)).ToHaveTextAsync("Geen resultaten voor ‘zzzqx’");
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-expanded", "false");
        failing = true;
        await input.PressSequentiallyAsync("y");
        await Assertions.Expect(widget.GetByRole(AriaRole.Status)).ToHaveTextAsync("Zoeken is momenteel niet beschikbaar. Probeer het later opnieuw.");
        await page.CloseAsync();
    }

    [Fact]
    public async Task HostStylesDoNotReachTheWidgetNorWidgetStylesTheHost()
    {
        var page = await OpenHostAsync();
        var input = Widget(page).GetByRole(AriaRole.Combobox);
        await Assertions.Expect(input).ToBeVisibleAsync();
        Assert.Equal("none", await input.EvaluateAsync<string>("e => getComputedStyle(e).textTransform"));
        Assert.DoesNotContain("dashed", await input.EvaluateAsync<string>("e => getComputedStyle(e).borderTopStyle"));
        Assert.DoesNotContain("Georgia", await input.EvaluateAsync<string>("e => getComputedStyle(e).fontFamily"));
        // The host's own input and mark keep the host's look.
        Assert.Equal("dashed", await page.Locator("#host-input").EvaluateAsync<string>("e => getComputedStyle(e).borderTopStyle"));
        Assert.Equal("rgb(122, 46, 0)", await page.Locator("main > ul mark").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        await page.CloseAsync();
    }
}
