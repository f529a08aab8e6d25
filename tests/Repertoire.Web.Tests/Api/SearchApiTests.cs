using System.Net;
using System.Text.Json;

namespace Repertoire.Web.Tests.Api;

public sealed class SearchApiTests
{
    private static async Task<(HttpStatusCode Status, JsonElement Body, string? MediaType)> GetAsync(RepertoireApplication app, string url)
    {
        using var client = app.CreateBrowserlessClient();
        using var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task APlaceWithoutOfferOfItsOwnIsNamedWithHowFarTheResultsReach()
    {
        await using var app = new RepertoireApplication();

        // The fixture's only food aid is in Schaerbeek (basin Nord-Est): nothing in Jette nor in its basin (Nord).
        var (_, widened, _) = await GetAsync(app, "/api/v1/search?q=colis%20alimentaire%20Jette&lang=fr");
        var (_, local, _) = await GetAsync(app, "/api/v1/search?q=colis%20alimentaire%20Schaerbeek&lang=fr");

        Assert.Equal("jette", widened.GetProperty("widened").GetProperty("place").GetString());
        Assert.Equal("region", widened.GetProperty("widened").GetProperty("to").GetString());
        Assert.Empty(widened.GetProperty("widened").GetProperty("basins").EnumerateArray());
        Assert.Equal("epicerie-test-schaerbeek", widened.GetProperty("results")[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, local.GetProperty("widened").ValueKind);
    }

    [Fact]
    public async Task SearchAnswersTheDocumentOfTheContract()
    {
        await using var app = new RepertoireApplication();

        var (status, body, _) = await GetAsync(app, "/api/v1/search?q=colis%20alimentaires&lang=fr");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("colis alimentaires", body.GetProperty("query").GetString());
        Assert.Equal("fr", body.GetProperty("lang").GetString());
        Assert.Equal(1, body.GetProperty("page").GetInt32());
        Assert.Equal(20, body.GetProperty("per_page").GetInt32());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("suggestion").ValueKind);
        var first = body.GetProperty("results")[0];
        Assert.Equal("epicerie-test-schaerbeek", first.GetProperty("id").GetString());
        Assert.Equal("Épicerie sociale de test", first.GetProperty("name").GetString());
        Assert.Equal("nord-est", first.GetProperty("basin").GetString());
        Assert.Equal("schaerbeek", first.GetProperty("commune").GetString());
        Assert.Equal(["action-sociale"], first.GetProperty("sectors").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["aide-alimentaire"], first.GetProperty("needs").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("/fr/organisations/epicerie-test-schaerbeek", first.GetProperty("url").GetString());
        Assert.Contains("<mark>Colis</mark>", first.GetProperty("snippet").GetString());
        Assert.True(first.GetProperty("score").GetDouble() > 0);
        var facets = body.GetProperty("facets");
        foreach (var kind in new[] { "basin", "commune", "sector", "need", "language" })
            Assert.Equal(JsonValueKind.Array, facets.GetProperty(kind).ValueKind);
        var basin = facets.GetProperty("basin")[0];
        Assert.Equal("nord-est", basin.GetProperty("id").GetString());
        Assert.Equal("Bassin Nord-Est", basin.GetProperty("label").GetString());
        Assert.Equal(1, basin.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task ResponseLinksTheSameSearchOnTheSiteFromItsFirstPage()
    {
        await using var app = new RepertoireApplication();

        var (_, french, _) = await GetAsync(app, "/api/v1/search?q=colis%20alimentaires&lang=fr&basin=nord-est&page=2&per_page=1");
        var (_, dutch, _) = await GetAsync(app, "/api/v1/search?q=voedselhulp&lang=nl");

        Assert.Equal("/fr/recherche?q=colis+alimentaires&basin=nord-est", french.GetProperty("url").GetString());
        Assert.Equal("/nl/zoeken?q=voedselhulp", dutch.GetProperty("url").GetString());
    }

    [Fact]
    public async Task DutchSearchLinksToDutchPagesAndFindsFrenchOnlyText()
    {
        await using var app = new RepertoireApplication();

        var (_, body, _) = await GetAsync(app, "/api/v1/search?q=voedselhulp&lang=nl");

        var first = body.GetProperty("results")[0];
        Assert.Equal("epicerie-test-schaerbeek", first.GetProperty("id").GetString());
        Assert.Equal("Sociale kruidenier (test)", first.GetProperty("name").GetString());
        Assert.Equal("/nl/organisaties/epicerie-test-schaerbeek", first.GetProperty("url").GetString());
    }

    [Fact]
    public async Task EmptyQueryWithFiltersListsTheFilteredListingsByName()
    {
        await using var app = new RepertoireApplication();

        var (status, body, _) = await GetAsync(app, "/api/v1/search?basin=nord-est&basin=centre-ouest");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, body.GetProperty("total").GetInt32());
        Assert.Equal(["centre-test-bruxelles", "epicerie-test-schaerbeek"],
            body.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task FiltersOfDifferentKindsAllApply()
    {
        await using var app = new RepertoireApplication();

        var (_, body, _) = await GetAsync(app, "/api/v1/search?basin=nord-est&basin=centre-ouest&need=soins-domicile");

        Assert.Equal(0, body.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task NeedFilterIncludesSubNeeds()
    {
        await using var app = new RepertoireApplication();

        var (_, body, _) = await GetAsync(app, "/api/v1/search?need=aide-materielle");

        Assert.Equal(["centre-test-bruxelles", "epicerie-test-schaerbeek"],
            body.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()).Order());
    }

    [Fact]
    public async Task PaginationSlicesTheResults()
    {
        await using var app = new RepertoireApplication();

        var (_, body, _) = await GetAsync(app, "/api/v1/search?per_page=1&page=2");

        Assert.Equal(3, body.GetProperty("total").GetInt32());
        Assert.Equal(2, body.GetProperty("page").GetInt32());
        Assert.Single(body.GetProperty("results").EnumerateArray());
    }

    [Fact]
    public async Task MisspelledQueryGetsASuggestion()
    {
        await using var app = new RepertoireApplication();

        var (_, body, _) = await GetAsync(app, "/api/v1/search?q=colsi%20alimentaires&lang=fr");

        Assert.Equal("colis alimentaires", body.GetProperty("suggestion").GetString());
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("per_page=0", "per_page")]
    [InlineData("per_page=101", "per_page")]
    [InlineData("lang=de", "lang")]
    [InlineData("basin=atlantis", "basin")]
    [InlineData("commune=paris", "commune")]
    [InlineData("sector=nope", "sector")]
    [InlineData("need=nope", "need")]
    [InlineData("language=%3Cscript%3E", "language")]
    public async Task BadParameterAnswersAProblemDocumentNamingIt(string query, string parameter)
    {
        await using var app = new RepertoireApplication();

        var (status, body, mediaType) = await GetAsync(app, "/api/v1/search?q=test&" + query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.Equal(400, body.GetProperty("status").GetInt32());
        Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out _));
        Assert.Contains(parameter, body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task QueryOverFiveHundredCharactersIsRefused()
    {
        await using var app = new RepertoireApplication();

        var (status, body, _) = await GetAsync(app, "/api/v1/search?q=" + new string('a', 501));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").TryGetProperty("q", out _));
    }

    [Fact]
    public async Task EditedContentIsSearchableWithoutRestart()
    {
        var folder = Repertoire.Tests.TestPaths.CopyToTemp(Repertoire.Tests.TestPaths.FixtureContent);
        await using var app = new RepertoireApplication(folder);
        Assert.Equal(0, (await GetAsync(app, "/api/v1/search?q=bibliotheque")).Body.GetProperty("total").GetInt32());

        File.WriteAllText(Path.Combine(folder, "organisations", "bibliotheque-test.md"),
            "---\nname: { fr: Bibliothèque sociale de test }\nsite: { commune: jette }\n---\n\n# fr\nDes livres pour tous.\n");
        var total = 0;
        for (var attempt = 0; attempt < 100 && total == 0; attempt++)
        {
            await Task.Delay(200);
            total = (await GetAsync(app, "/api/v1/search?q=bibliotheque")).Body.GetProperty("total").GetInt32();
        }

        Assert.Equal(1, total);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task HealthAnswersOkOnceTheIndexIsReady()
    {
        await using var app = new RepertoireApplication();
        await GetAsync(app, "/api/v1/search?q=x");

        using var client = app.CreateBrowserlessClient();
        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
