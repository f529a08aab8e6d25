using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Repertoire.Tests;

namespace Repertoire.Browser.Tests;

/// <summary>
/// The fixture content plus three food-aid listings with coordinates (test data, not real places) beside the fixture's
/// food aid without any, so that maps have pins to show and a page of results mixes listings with and without a point.
/// </summary>
public sealed class MapSiteFixture() : SiteFixture(WithCoordinates())
{
    public static readonly string[] Mapped = ["carte-nord", "carte-centre", "carte-sud"];

    private static string WithCoordinates()
    {
        var folder = TestPaths.CopyToTemp(TestPaths.FixtureContent);
        var points = new[] { ("50.8801", "4.3287", "jette", "1090"), ("50.8466", "4.3528", "bruxelles", "1000"), ("50.8676", "4.3773", "schaerbeek", "1030") };
        foreach (var (id, (lat, lon, commune, postcode)) in Mapped.Zip(points))
        {
            // Brussels-City lies in several basins: its listings name theirs.
            var basin = commune switch { "jette" => "nord", "schaerbeek" => "nord-est", _ => "centre-ouest" };
            var word = id["carte-".Length..];
            File.WriteAllText(Path.Combine(folder, "organisations", id + ".md"), $$"""
                ---
                name: {fr: "Colis de la carte ({{word}})", nl: "Voedselpakket van de kaart ({{word}})"}
                sectors: [action-sociale]
                needs: [aide-alimentaire]
                site: {commune: {{commune}}, basin: {{basin}}, street: {fr: Rue Test, nl: Teststraat}, number: "1", postcode: "{{postcode}}"}
                coordinates: {lat: {{lat}}, lon: {{lon}}}
                ---

                # fr
                Des colis alimentaires, pour tester la carte.

                # nl
                Voedselpakketten, om de kaart te testen.
                """);
        }
        return folder;
    }
}

/// <summary>
/// The maps in a browser, in both languages: Leaflet draws one marker per listing of the page that has coordinates,
/// follows the as-you-type search, and the page stays whole without JavaScript, without Leaflet and without tiles.
/// Tiles are refused in every test (the sandbox has no Internet, and a page must not depend on them).
/// </summary>
public sealed class MapTests(MapSiteFixture site) : IClassFixture<MapSiteFixture>
{
    private async Task<IPage> NewPageAsync(bool javaScript = true, string locale = "fr-BE")
    {
        var page = await site.NewPageAsync(javaScript, locale);
        await page.RouteAsync("https://tile.openstreetmap.org/**", route => route.AbortAsync());
        return page;
    }

    [Theory]
    [InlineData("fr", "/fr/recherche?need=aide-alimentaire", "/fr/organisations/carte-nord", "Colis de la carte (nord)", "contributeurs", "fr-BE")]
    [InlineData("nl", "/nl/zoeken?need=aide-alimentaire", "/nl/organisaties/carte-nord", "Voedselpakket van de kaart (nord)", "bijdragers", "nl-BE")]
    public async Task ResultsAndListingShowTheirPinsOnAMap(string lang, string search, string listing, string name, string contributors, string locale)
    {
        var page = await NewPageAsync(locale: locale);
        var problems = new List<string>();
        // A CSP violation or a script error is a console error; failed tiles are not (they are refused on purpose).
        page.Console += (_, message) => { if (message.Type == "error" && !message.Text.Contains("ERR_FAILED")) problems.Add(message.Text); };
        page.PageError += (_, error) => problems.Add(error);
        try
        {
            await page.GotoAsync(search);

            // Four results, three with coordinates: three markers, after the list.
            await Assertions.Expect(page.Locator(".card")).ToHaveCountAsync(4);
            var map = page.Locator(".results__map");
            await Assertions.Expect(map).ToBeVisibleAsync();
            await Assertions.Expect(map.Locator(".leaflet-marker-icon")).ToHaveCountAsync(3);
            await Assertions.Expect(map.Locator(".leaflet-control-attribution")).ToContainTextAsync(contributors);
            await Assertions.Expect(map.Locator(".leaflet-control-attribution a[href='https://www.openstreetmap.org/copyright']")).ToHaveTextAsync("OpenStreetMap");
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, $"map-results-{lang}");

            // A marker's popup names its listing and links to it.
            await map.Locator($".leaflet-marker-icon[title='{name}']").ClickAsync();
            var link = map.Locator(".leaflet-popup-content a");
            await Assertions.Expect(link).ToHaveTextAsync(name);
            await link.ClickAsync();
            await page.WaitForURLAsync(new Regex(Regex.Escape(listing) + "$"));

            // The listing's own map: one marker, no link to itself.
            var own = page.Locator(".listing__map");
            await Assertions.Expect(own.Locator(".leaflet-marker-icon")).ToHaveCountAsync(1);
            await Assertions.Expect(own.Locator(".leaflet-marker-icon")).ToHaveAttributeAsync("title", name);
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, $"map-listing-{lang}");
            Assert.Empty(problems);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task TheResultsMapFollowsTheAsYouTypeSearch()
    {
        var page = await NewPageAsync();
        var leafletLoads = 0;
        page.Request += (_, request) => { if (request.Url.EndsWith("/lib/leaflet/leaflet.js", StringComparison.Ordinal)) leafletLoads++; };
        try
        {
            // Home care: no listing with coordinates, no map, and Leaflet not even downloaded.
            await page.GotoAsync("/fr/recherche?need=soins-infirmiers-domicile");
            await Assertions.Expect(page.Locator(".card")).Not.ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("[data-map]")).ToHaveCountAsync(0);

            // Typing swaps the results region in: its map is drawn with the new page's pins.
            await page.Locator("input[name=need][value=soins-infirmiers-domicile]").UncheckAsync();
            await page.Locator("#q").FillAsync("colis de la carte");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("q=colis"));
            await Assertions.Expect(page.Locator(".results__map .leaflet-marker-icon")).ToHaveCountAsync(3);

            // Narrowed to one commune: one pin; the map before it is gone, not kept beside the new one.
            await page.Locator("input[name=commune][value=jette]").CheckAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("commune=jette"));
            await Assertions.Expect(page.Locator(".leaflet-container")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator(".results__map .leaflet-marker-icon")).ToHaveCountAsync(1);
            Assert.Equal(1, leafletLoads);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Theory]
    [InlineData("/fr/recherche?need=aide-alimentaire", "fr-BE")]
    [InlineData("/nl/organisaties/carte-nord", "nl-BE")]
    public async Task WithoutJavaScriptThereIsNoMapBox(string path, string locale)
    {
        var page = await NewPageAsync(javaScript: false, locale: locale);
        try
        {
            await page.GotoAsync(path);

            // The pins are in the page, as data; nothing shows, and the page has its content.
            await Assertions.Expect(page.Locator("[data-map]")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator("[data-map]")).ToBeHiddenAsync();
            Assert.Null(await page.Locator("[data-map]").BoundingBoxAsync());
            await Assertions.Expect(page.Locator(".leaflet-container")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, "map-nojs-" + locale[..2], javaScript: false);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task WhenLeafletCannotLoadTheMapStaysHiddenAndTheListWhole()
    {
        var page = await NewPageAsync();
        await page.RouteAsync("**/lib/leaflet/**", route => route.AbortAsync());
        try
        {
            await page.GotoAsync("/fr/recherche?need=aide-alimentaire");

            await Assertions.Expect(page.Locator(".card")).ToHaveCountAsync(4);
            // The script found the library unreachable and left the map hidden.
            await Assertions.Expect(page.Locator("[data-map]")).ToHaveAttributeAsync("data-map-ready", "unavailable");
            await Assertions.Expect(page.Locator("[data-map]")).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator(".leaflet-container")).ToHaveCountAsync(0);
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
