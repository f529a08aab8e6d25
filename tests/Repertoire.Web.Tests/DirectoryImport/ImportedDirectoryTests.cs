using System.Net;
using System.Text.Json;
using Repertoire.Core.Content;
using Repertoire.Tests;
using Repertoire.Web.Hsds;
using Repertoire.Web.Tests.Api;
using Repertoire.Web.Tests.Hsds;

namespace Repertoire.Web.Tests.DirectoryImport;

/// <summary>
/// The site serves a content folder produced by <c>repertoire import</c> with no special case: listing pages in both
/// languages, the JSON API, the HSDS view, and a search for a need that the category tables mapped.
/// </summary>
public sealed class ImportedDirectoryTests(ImportedDirectoryFixture imported) : IClassFixture<ImportedDirectoryFixture>
{
    // Bruxelles-Social 14377 and De Sociale Kaart e27bcf70-… are an answer-key pair: one listing, French and Dutch names.
    private const string Merged = "epicerie-sociale-le-cygne";

    // The listings whose records the second import's exports no longer held (see the fixture).
    private const string WithdrawnPair = "agence-immobiliere-sociale-de-woluwe-saint-lambert-asbl";
    private const string WithdrawnOffer = "sociale-kruidenierszaak-basiliek-v-z-w";

    private readonly HsdsSchemaValidator _hsds = new(Path.Combine(TestPaths.TestData, "hsds", "schema"));

    [Fact]
    public void TheImportWroteMergedListings()
    {
        Assert.Empty(imported.Report.Refused);
        Assert.Contains(Merged, imported.Merged);
        Assert.True(imported.Merged.Count >= 100, $"{imported.Merged.Count} merged listings");
    }

    [Fact]
    public async Task MergedListingPageIsServedInBothLanguages()
    {
        var (frResponse, fr) = await imported.App.GetPageAsync($"/fr/organisations/{Merged}");
        var (nlResponse, nl) = await imported.App.GetPageAsync($"/nl/organisaties/{Merged}");

        Assert.Equal(HttpStatusCode.OK, frResponse.StatusCode);
        Assert.Equal("Épicerie sociale Le Cygne", fr.QuerySelector("h1")!.TextContent);
        Assert.Contains("Chaussée de Wavre 433, 1040 Etterbeek", fr.QuerySelector(".listing__facts")!.TextContent);
        Assert.Contains("Aide alimentaire", fr.QuerySelector(".listing__needs")!.TextContent);
        Assert.Contains("produits alimentaires", fr.QuerySelector(".listing__description")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, nlResponse.StatusCode);
        Assert.Equal("Sociale kruidenier De Zwaan", nl.QuerySelector("h1")!.TextContent);
        Assert.Contains("Waversesteenweg 433, 1040 Etterbeek", nl.QuerySelector(".listing__facts")!.TextContent);
        Assert.Contains("Voedselhulp", nl.QuerySelector(".listing__needs")!.TextContent);
        // Both directories' pages are linked from the one listing.
        Assert.Contains(fr.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://social.brussels/organisation/14377");
    }

    [Fact]
    public async Task EveryMergedListingHasAPageInEachLanguage()
    {
        using var client = imported.App.CreateBrowserlessClient();
        var failures = new List<string>();
        foreach (var id in imported.Merged)
        {
            foreach (var url in new[] { $"/fr/organisations/{id}", $"/nl/organisaties/{id}" })
            {
                using var response = await client.GetAsync(url);
                if (response.StatusCode != HttpStatusCode.OK) failures.Add($"{url}: {(int)response.StatusCode}");
            }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task ApiServesTheMergedListingWithBothDirectoryIds()
    {
        using var client = imported.App.CreateClient();
        var o = await client.GetJsonAsync($"/api/v1/organisations/{Merged}");

        Assert.Equal("Épicerie sociale Le Cygne", o.GetProperty("name").GetProperty("fr").GetString());
        Assert.Equal("Sociale kruidenier De Zwaan", o.GetProperty("name").GetProperty("nl").GetString());
        Assert.Equal("14377", o.GetProperty("external").GetProperty("bruxelles_social").GetProperty("id").GetString());
        Assert.Equal("e27bcf70-fdd1-4bc4-9e86-deebe772e641", o.GetProperty("external").GetProperty("sociale_kaart").GetProperty("id").GetString());
        Assert.Contains("aide-alimentaire", o.GetProperty("needs").Strings("id"));
        Assert.Equal("sud-est", o.GetProperty("site").GetProperty("basin").GetProperty("id").GetString());
        Assert.Equal("etterbeek", o.GetProperty("site").GetProperty("commune").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("fr", "Épicerie sociale Le Cygne")]
    [InlineData("nl", "Sociale kruidenier De Zwaan")]
    public async Task HsdsViewServesImportedListingsAsValidHsds(string lang, string name)
    {
        using var client = imported.App.CreateClient();
        var service = await client.GetJsonAsync($"/api/hsds/services/{HsdsMapper.ServiceId(Merged)}?lang={lang}");
        Assert.Empty(_hsds.Check(service, "service.json"));
        Assert.Equal(name, service.GetProperty("name").GetString());

        var organization = await client.GetJsonAsync($"/api/hsds/organizations/{HsdsMapper.OrganizationId(Merged)}?lang={lang}");
        Assert.Empty(_hsds.Check(organization, "organization.json"));
        var identifiers = organization.GetProperty("organization_identifiers").EnumerateArray().Select(i => i.GetProperty("identifier").GetString()).ToList();
        Assert.Contains("14377", identifiers);
        Assert.Contains("e27bcf70-fdd1-4bc4-9e86-deebe772e641", identifiers);

        var page = await client.GetJsonAsync($"/api/hsds/services?lang={lang}&per_page=100&full=true");
        Assert.Empty(_hsds.Check(page, HsdsSchemaValidator.ResponseOf("/services")));
        Assert.Equal(63 + imported.Imported.Count, page.GetProperty("total_items").GetInt32());
    }

    /// <summary>Every imported listing the category tables gave the need, from the folder itself.</summary>
    private IReadOnlySet<string> ImportedWithNeed(string need) => ContentLoader.Load(imported.ContentPath).Organisations
        .Where(o => imported.Imported.Contains(o.Id) && o.Needs.Contains(need)).Select(o => o.Id).ToHashSet(StringComparer.Ordinal);

    private async Task<List<JsonElement>> SearchAsync(string query)
    {
        using var client = imported.App.CreateClient();
        var results = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var body = await client.GetJsonAsync($"/api/v1/search?{query}&per_page=100&page={page}");
            var batch = body.GetProperty("results").EnumerateArray().Select(r => r.Clone()).ToList();
            results.AddRange(batch);
            if (batch.Count < 100) return results;
        }
    }

    [Theory]
    [InlineData("fr", "aide%20alimentaire")]
    [InlineData("nl", "voedselhulp")]
    public async Task SearchForAMappedNeedFindsEveryImportedListingWithIt(string lang, string words)
    {
        var expected = ImportedWithNeed("aide-alimentaire");
        // Listings of both kinds: merged pairs, and listings only De Sociale Kaart holds (known by a Dutch name only).
        Assert.Contains(Merged, expected);
        Assert.Contains("sociaal-restaurant-pavillon", expected);

        var results = await SearchAsync($"q={words}&lang={lang}");

        var found = results.Select(r => r.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(expected.Except(found));
        var cygne = results.Single(r => r.GetProperty("id").GetString() == Merged);
        Assert.Equal(lang == "fr" ? "Épicerie sociale Le Cygne" : "Sociale kruidenier De Zwaan", cygne.GetProperty("name").GetString());
        Assert.Equal(lang == "fr" ? $"/fr/organisations/{Merged}" : $"/nl/organisaties/{Merged}", cygne.GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("/fr/recherche?q=aide+alimentaire&basin=sud-est", "Épicerie sociale Le Cygne", "/fr/organisations/")]
    [InlineData("/nl/zoeken?q=voedselhulp&basin=sud-est", "Sociale kruidenier De Zwaan", "/nl/organisaties/")]
    public async Task SearchPageFindsTheImportedListing(string url, string name, string path)
    {
        var (response, page) = await imported.App.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = Assert.Single(page.QuerySelectorAll(".card"), c => c.QuerySelector(".card__name")!.TextContent == name);
        Assert.Equal(path + Merged, card.QuerySelector(".card__name a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/fr/recherche?q=aide+alimentaire&basin=sud-est", "/fr/organisations/")]
    [InlineData("/nl/zoeken?q=voedselhulp&basin=sud-est", "/nl/organisaties/")]
    public async Task ImportedCoordinatesPutTheListingAndThePageOfResultsOnAMap(string search, string path)
    {
        var (_, listing) = await imported.App.GetPageAsync(path + Merged);
        var (_, results) = await imported.App.GetPageAsync(search);

        // The point the directories give for Le Cygne (imported as coordinates: {lat: 50.828582, lon: 4.395751}).
        var pin = Assert.Single(PinsOf(listing.QuerySelector(".listing__map[data-map]")!));
        Assert.Equal((50.828582, 4.395751), (pin.GetProperty("lat").GetDouble(), pin.GetProperty("lon").GetDouble()));
        Assert.Equal(listing.QuerySelector("h1")!.TextContent, pin.GetProperty("name").GetString());
        // The results map: a pin for each listing of the page whose file has coordinates, and for no other.
        var cards = results.QuerySelectorAll(".card__name a").Select(a => a.GetAttribute("href")!).ToList();
        var located = cards.Where(url => File.ReadAllText(Path.Combine(imported.ContentPath, "organisations", url[path.Length..] + ".md"))
            .Contains("\ncoordinates:", StringComparison.Ordinal)).ToHashSet();
        Assert.Contains(path + Merged, located);
        var pins = PinsOf(results.QuerySelector(".results__map[data-map]")!).Select(p => p.GetProperty("url").GetString()!).ToHashSet();
        Assert.Equal(located, pins);
    }

    private static List<JsonElement> PinsOf(AngleSharp.Dom.IElement map) =>
        JsonDocument.Parse(map.GetAttribute("data-map")!).RootElement.EnumerateArray().ToList();

    [Fact]
    public void SecondImportMarkedTheListingsOfTheDroppedRecords()
    {
        Assert.Equal(
            [
                (WithdrawnPair, "bruxelles_social", ImportedDirectoryFixture.DroppedBruxellesSocial),
                (WithdrawnOffer, "sociale_kaart", ImportedDirectoryFixture.DroppedSocialeKaart),
            ],
            imported.SecondReport.NoLongerListed.Select(w => (w.Id, w.Source, w.RecordId)).Order());
    }

    [Fact]
    public async Task ListingPageSaysWhichDirectoryNoLongerListsItAndSinceWhen()
    {
        var (_, fr) = await imported.App.GetPageAsync($"/fr/organisations/{WithdrawnPair}");
        var (_, nl) = await imported.App.GetPageAsync($"/nl/organisaties/{WithdrawnPair}");
        var (_, offer) = await imported.App.GetPageAsync($"/nl/organisaties/{WithdrawnOffer}");
        var (_, listed) = await imported.App.GetPageAsync($"/fr/organisations/{Merged}");

        Assert.Equal("Ne figure plus dans Bruxelles-Social depuis le 13 décembre 2026", Assert.Single(fr.QuerySelectorAll(".listing__withdrawn")).TextContent);
        Assert.Equal("Niet meer opgenomen in Sociaal.brussels sinds 13 december 2026", Assert.Single(nl.QuerySelectorAll(".listing__withdrawn")).TextContent);
        Assert.Equal("Niet meer opgenomen in De Sociale Kaart sinds 13 december 2026", Assert.Single(offer.QuerySelectorAll(".listing__withdrawn")).TextContent);
        // The listing keeps its last known content.
        Assert.Equal("Agence immobilière sociale de Woluwe-Saint-Lambert asbl", fr.QuerySelector("h1")!.TextContent);
        Assert.Empty(listed.QuerySelectorAll(".listing__withdrawn"));
    }

    [Fact]
    public async Task ApiGivesTheDateEachDirectoryStoppedListingTheRecord()
    {
        using var client = imported.App.CreateClient();
        var withdrawn = await client.GetJsonAsync($"/api/v1/organisations/{WithdrawnPair}");
        var listed = await client.GetJsonAsync($"/api/v1/organisations/{Merged}");

        var gone = withdrawn.GetProperty("no_longer_listed");
        Assert.Equal("2026-12-13", gone.GetProperty("bruxelles_social").GetString());
        Assert.Equal(JsonValueKind.Null, gone.GetProperty("sociale_kaart").ValueKind);
        Assert.False(withdrawn.GetProperty("extra").TryGetProperty("no_longer_listed", out _));
        // The record De Sociale Kaart still holds keeps its id.
        Assert.Equal("ca310d9e-5aba-4c89-9a34-50ea2f8ee8d4", withdrawn.GetProperty("external").GetProperty("sociale_kaart").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("no_longer_listed").ValueKind);
    }

    [Fact]
    public async Task SearchApiGivesTheDateOnEachResult()
    {
        using var client = imported.App.CreateClient();
        var body = await client.GetJsonAsync("/api/v1/search?q=voedselhulp&lang=nl&commune=koekelberg&per_page=100");

        var results = body.GetProperty("results").EnumerateArray().ToList();
        var withdrawn = Assert.Single(results, r => r.GetProperty("id").GetString() == WithdrawnOffer);
        var gone = withdrawn.GetProperty("no_longer_listed");
        Assert.Equal(JsonValueKind.Null, gone.GetProperty("bruxelles_social").ValueKind);
        Assert.Equal("2026-12-13", gone.GetProperty("sociale_kaart").GetString());
        Assert.All(results.Where(r => r.GetProperty("id").GetString() != WithdrawnOffer),
            r => Assert.Equal(JsonValueKind.Null, r.GetProperty("no_longer_listed").ValueKind));
    }

    [Fact]
    public async Task SearchResultCardShowsTheStatus()
    {
        var (response, page) = await imported.App.GetPageAsync("/nl/zoeken?q=voedselhulp&commune=koekelberg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = Assert.Single(page.QuerySelectorAll(".card"), c => c.QuerySelector(".card__name a")!.GetAttribute("href") == $"/nl/organisaties/{WithdrawnOffer}");
        Assert.Equal("Niet meer opgenomen in De Sociale Kaart sinds 13 december 2026", card.QuerySelector(".card__status")!.TextContent);
        Assert.All(page.QuerySelectorAll(".card").Where(c => c != card), c => Assert.Null(c.QuerySelector(".card__status")));
    }
}
