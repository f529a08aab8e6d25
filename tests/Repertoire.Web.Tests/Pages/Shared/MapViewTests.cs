using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using System.Text.Json;
using AngleSharp.Dom;
using Repertoire.Tests;

namespace Repertoire.Web.Tests.Pages.Shared;

/// <summary>
/// The maps' server side: a listing with coordinates carries its pin, a page of results the pins of that page only, and
/// a page without coordinates no map markup at all; the CSP lets the tiles in; Leaflet is served from the site itself.
/// </summary>
public sealed class MapViewTests : IDisposable
{
    // Three food-aid listings with coordinates beside the fixture's one without (epicerie-test-schaerbeek), so that two
    // pages of two results mix listings with and without a point. Test data, not real places.
    private static readonly Dictionary<string, (double Lat, double Lon)> Points = new()
    {
        ["carto-un"] = (50.8801, 4.3287),
        ["carto-deux"] = (50.8672, 4.3731),
        ["carto-trois"] = (50.8347, 4.3198),
    };

    private readonly string _content = TestPaths.CopyToTemp(TestPaths.FixtureContent);

    public MapViewTests()
    {
        foreach (var (id, (lat, lon)) in Points)
        {
            // The first name carries quotes and markup: the pins are data in an attribute and must come back intact.
            var name = id == "carto-un" ? "'Épicerie \"Carto\" <un>'" : $"Épicerie {id}";
            var (latText, lonText) = (lat.ToString(CultureInfo.InvariantCulture), lon.ToString(CultureInfo.InvariantCulture));
            File.WriteAllText(Path.Combine(_content, "organisations", id + ".md"), $$"""
                ---
                name: {{name}}
                sectors: [action-sociale]
                needs: [aide-alimentaire]
                site: {commune: jette, postcode: "1090"}
                coordinates: {lat: {{latText}}, lon: {{lonText}}}
                ---
                """);
        }
    }

    public void Dispose() => Directory.Delete(_content, recursive: true);

    private sealed record Pin(double Lat, double Lon, string Name, string? Url);

    private static IReadOnlyList<Pin> PinsOf(IElement map) =>
        JsonSerializer.Deserialize<List<Pin>>(map.GetAttribute("data-map")!, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    [Theory]
    [InlineData("/fr/organisations/carto-un", "Carte", "contributeurs")]
    [InlineData("/nl/organisaties/carto-un", "Kaart", "bijdragers")]
    public async Task AListingWithCoordinatesCarriesItsPinInAHiddenMap(string url, string label, string contributors)
    {
        await using var app = new RepertoireApplication(_content);

        var (response, page) = await app.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var map = Assert.Single(page.QuerySelectorAll("[data-map]"));
        // Hidden in the HTML: without JavaScript (or Leaflet) there is no empty box.
        Assert.True(map.HasAttribute("hidden"));
        Assert.Equal(label, map.GetAttribute("aria-label"));
        var pin = Assert.Single(PinsOf(map));
        Assert.Equal(new Pin(50.8801, 4.3287, "Épicerie \"Carto\" <un>", null), pin);
        Assert.Equal("https://tile.openstreetmap.org/{z}/{x}/{y}.png", map.GetAttribute("data-tiles"));
        Assert.Equal("/lib/leaflet/", map.GetAttribute("data-leaflet"));
        var attribution = map.GetAttribute("data-attribution")!;
        Assert.Contains("<a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>", attribution);
        Assert.Contains(contributors, attribution);
        Assert.NotNull(page.QuerySelector("script[src^='/js/map.js']"));
    }

    [Fact]
    public async Task AListingWithoutCoordinatesHasNoMapNorMapScript()
    {
        await using var app = new RepertoireApplication(_content);

        var (response, page) = await app.GetPageAsync("/fr/organisations/epicerie-test-schaerbeek");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("[data-map]"));
        Assert.Null(page.QuerySelector(".map"));
        Assert.Null(page.QuerySelector("script[src^='/js/map.js']"));
    }

    [Theory]
    [InlineData("/fr/recherche?need=aide-alimentaire&per_page=2", "/fr/organisations/")]
    [InlineData("/nl/zoeken?need=aide-alimentaire&per_page=2", "/nl/organisaties/")]
    public async Task APageOfResultsCarriesThePinsOfItsOwnListingsOnly(string search, string listingPath)
    {
        await using var app = new RepertoireApplication(_content);
        var seen = new List<string>();

        foreach (var pageNumber in new[] { 1, 2 })
        {
            var (response, page) = await app.GetPageAsync($"{search}&page={pageNumber}");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var cards = page.QuerySelectorAll(".card__name a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.Equal(2, cards.Count);
            var expected = cards.Where(url => Points.ContainsKey(url[listingPath.Length..])).ToHashSet();
            var map = page.QuerySelector(".results [data-map]");
            if (expected.Count == 0)
            {
                Assert.Null(map);
                continue;
            }
            Assert.NotNull(map);
            Assert.True(map.HasAttribute("hidden"));
            var pins = PinsOf(map);
            Assert.Equal(expected, pins.Select(p => p.Url!).ToHashSet());
            foreach (var pin in pins)
            {
                var id = pin.Url![listingPath.Length..];
                Assert.Equal(Points[id], (pin.Lat, pin.Lon));
                // The pin's name is the card's: the popup names what the list names.
                Assert.Equal(page.QuerySelector($".card__name a[href='{pin.Url}']")!.TextContent, pin.Name);
            }
            seen.AddRange(pins.Select(p => p.Url!));
        }
        // Both pages together: every listing with a point once, none twice.
        Assert.Equal(Points.Keys.Select(id => listingPath + id).Order(), seen.Order());
    }

    [Fact]
    public async Task ResultsWithoutCoordinatesHaveNoMapButKeepTheScriptForLaterSearches()
    {
        await using var app = new RepertoireApplication(_content);

        var (_, page) = await app.GetPageAsync("/fr/recherche?need=soins-infirmiers-domicile");

        Assert.NotEmpty(page.QuerySelectorAll(".card"));
        Assert.Null(page.QuerySelector("[data-map]"));
        // As-you-type search may swap in results with coordinates: the (small) script is there, Leaflet is not loaded.
        Assert.NotNull(page.QuerySelector("script[src^='/js/map.js']"));
        Assert.Null(page.QuerySelector("script[src*='leaflet']"));
    }

    [Fact]
    public async Task TheResultsRegionForAsYouTypeSearchCarriesTheMapToo()
    {
        await using var app = new RepertoireApplication(_content);
        using var client = app.CreateBrowserlessClient();
        client.DefaultRequestHeaders.Add("X-Repertoire-Partial", "1");

        var html = await client.GetStringAsync("/fr/recherche?need=aide-alimentaire");

        var region = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).GetElementById("search-live")!;
        Assert.Equal(3, PinsOf(region.QuerySelector("[data-map]")!).Count);
    }

    [Fact]
    public async Task TheContentSecurityPolicyLetsInTheTilesAsImagesOnly()
    {
        await using var app = new RepertoireApplication(_content);
        using var client = app.CreateBrowserlessClient();

        var response = await client.GetAsync("/fr/organisations/carto-un");

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ')[1..]);
        Assert.Equal(["'self'", "data:", "https://tile.openstreetmap.org"], directives["img-src"]);
        Assert.Equal(["'self'"], directives["script-src"]);
        Assert.Equal(["'self'"], directives["style-src"]);
        Assert.Equal(["'self'"], directives["connect-src"]);
    }

    [Fact]
    public async Task ATileServerOfTheOperatorsChoiceIsDrawnFromAndAllowedByTheCsp()
    {
        await using var app = new RepertoireApplication(_content);
        await using var configured = app.WithWebHostBuilder(b => b
            .UseSetting("Repertoire:Map:TileUrl", "https://tiles.example.org:8443/osm/{z}/{x}/{y}.png")
            .UseSetting("Repertoire:Map:Attribution", "© Example <Tiles>"));
        using var client = configured.CreateClient();

        var response = await client.GetAsync("/nl/organisaties/carto-un");

        var map = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("[data-map]")!;
        Assert.Equal("https://tiles.example.org:8443/osm/{z}/{x}/{y}.png", map.GetAttribute("data-tiles"));
        Assert.Equal("&#xA9; Example &lt;Tiles&gt;", map.GetAttribute("data-attribution"));
        Assert.Contains("img-src 'self' data: https://tiles.example.org:8443;", string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
    }

    [Theory]
    [InlineData("http://tiles.example.org/{z}/{x}/{y}.png")]
    [InlineData("https://{s}.tiles.example.org/{z}/{x}/{y}.png")]
    [InlineData("https://tiles.example.org/{z}/{x}.png")]
    [InlineData("tiles/{z}/{x}/{y}.png")]
    public async Task AnUnusableTileServerStopsTheSiteAtStartWithTheSettingNamed(string template)
    {
        await using var app = new RepertoireApplication(_content);
        await using var configured = app.WithWebHostBuilder(b => b.UseSetting("Repertoire:Map:TileUrl", template));

        var error = Assert.ThrowsAny<Exception>(() => configured.CreateClient());

        Assert.Contains("Repertoire:Map:TileUrl", error.ToString());
    }

    [Theory]
    [InlineData("/lib/leaflet/leaflet.js", "text/javascript")]
    [InlineData("/lib/leaflet/leaflet.css", "text/css")]
    [InlineData("/lib/leaflet/images/marker-icon.png", "image/png")]
    [InlineData("/lib/leaflet/images/marker-shadow.png", "image/png")]
    [InlineData("/js/map.js", "text/javascript")]
    public async Task LeafletIsServedByTheSiteItself(string path, string type)
    {
        // The build installs Leaflet from the npm registry into wwwroot/lib/leaflet/ (README): nothing comes from a CDN.
        await using var app = new RepertoireApplication(_content);
        using var client = app.CreateBrowserlessClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
    }
}
