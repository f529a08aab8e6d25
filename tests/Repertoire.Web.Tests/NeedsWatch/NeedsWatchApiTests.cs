using System.Net;
using System.Text.Json;
using Repertoire.Web.Tests.Staff;

namespace Repertoire.Web.Tests.NeedsWatch;

public sealed class NeedsWatchApiTests
{
    private static async Task SearchAsync(HttpClient client, string query, int times = 1)
    {
        for (var i = 0; i < times; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/search?" + query)).StatusCode);
    }

    private static async Task<JsonElement> WatchAsync(HttpClient client, string query = "")
    {
        var response = await client.GetAsync("/api/v1/needs-watch?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static JsonElement Need(JsonElement report, string table, string need) =>
        report.GetProperty(table).EnumerateArray().Single(r => r.GetProperty("need").GetString() == need);

    [Fact]
    public async Task ASearchWithNoLocalOfferIsCountedForItsBasinAndNeed()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        // The only food aid of the fixture is in Schaerbeek (Nord-Est); Jette lies in Nord.
        await SearchAsync(client, "q=colis+alimentaire+Jette", times: 5);
        await NeedsWatchDatabase.WaitForEventsAsync(app.DataPath, 5);

        var nord = await WatchAsync(client, "basin=nord");
        var food = Need(nord, "unmet", "aide-alimentaire");
        Assert.Equal(5, food.GetProperty("searches").GetInt32());
        Assert.Equal(5, food.GetProperty("only_elsewhere").GetInt32());
        Assert.Equal(0, food.GetProperty("nothing_found").GetInt32());
        Assert.Equal(0, food.GetProperty("offer").GetInt32());
        Assert.Equal(5, nord.GetProperty("only_elsewhere").GetInt32());

        var nordEst = await WatchAsync(client, "basin=nord-est");
        Assert.Equal(0, nordEst.GetProperty("searches").GetInt32());
        Assert.Empty(nordEst.GetProperty("unmet").EnumerateArray());
        Assert.Equal(1, Need(nordEst, "coverage", "aide-alimentaire").GetProperty("offer").GetInt32());

        var region = await WatchAsync(client);
        Assert.Equal(5, Need(region, "top_needs", "aide-alimentaire").GetProperty("searches").GetInt32());
        Assert.Equal(5, Need(region, "coverage", "aide-materielle").GetProperty("demand").GetInt32());
    }

    [Fact]
    public async Task ATextSearchedFewerThanKTimesIsNeverPublic()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        await SearchAsync(client, "q=colis+alimentaire", times: 5);
        await SearchAsync(client, "q=jean+dupont+voedselhulp", times: 4);
        await NeedsWatchDatabase.WaitForEventsAsync(app.DataPath, 9);

        var json = await client.GetStringAsync("/api/v1/needs-watch");
        Assert.Contains("colis alimentaire", json);
        var published = new List<string> { json };
        foreach (var table in new[] { "needs", "unmet", "coverage", "weeks", "texts" })
        {
            published.Add(await client.GetStringAsync($"/api/v1/needs-watch?format=csv&table={table}"));
            published.Add(await client.GetStringAsync($"/api/v1/needs-watch?format=csv&table={table}&lang=nl"));
        }
        published.Add(await client.GetStringAsync("/fr/veille"));
        published.Add(await client.GetStringAsync("/nl/behoeften"));
        published.Add(await client.GetStringAsync("/fr/veille?basin=nord-est"));
        foreach (var document in published)
        {
            Assert.DoesNotContain("dupont", document, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("jean", document, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Equal("colis alimentaire", JsonDocument.Parse(json).RootElement.GetProperty("texts")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task CountsBelowKAreNullForThePublicAndShownToStaff()
    {
        await using var app = new WorkbenchApplication(withExports: false);
        using var anonymous = app.CreateClient();
        await SearchAsync(anonymous, "q=thuisverpleging", times: 2);
        await SearchAsync(anonymous, "q=jean+dupont+voedselhulp");
        using var staff = await app.SignedInClientAsync();
        await SearchAsync(staff, "q=voedselhulp");
        await NeedsWatchDatabase.WaitForEventsAsync(app.DataPath, 4);

        var shown = await WatchAsync(anonymous);
        Assert.True(shown.GetProperty("searches").ValueKind == JsonValueKind.Null);
        Assert.True(shown.GetProperty("staff_searches").ValueKind == JsonValueKind.Null);
        Assert.Empty(shown.GetProperty("top_needs").EnumerateArray());
        Assert.Empty(shown.GetProperty("texts").EnumerateArray());
        Assert.False(shown.GetProperty("for_staff").GetBoolean());

        var response = await staff.GetAsync("/api/v1/needs-watch");
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        var full = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(full.GetProperty("for_staff").GetBoolean());
        Assert.Equal(3, full.GetProperty("searches").GetInt32());
        Assert.Equal(1, full.GetProperty("staff_searches").GetInt32());
        Assert.Equal(2, Need(full, "top_needs", "soins-infirmiers-domicile").GetProperty("searches").GetInt32());
        Assert.Contains(full.GetProperty("texts").EnumerateArray(), t => t.GetProperty("text").GetString() == "jean dupont voedselhulp");
        var page = await staff.GetStringAsync("/fr/veille");
        Assert.Contains("jean dupont voedselhulp", page);
    }

    [Theory]
    [InlineData("basin=atlantis", "basin")]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("to=yesterday", "to")]
    [InlineData("from=2026-05-01&to=2026-04-01", "from")]
    [InlineData("from=2020-01-01&to=2026-01-01", "from")]
    [InlineData("format=xml", "format")]
    [InlineData("format=csv&table=people", "table")]
    [InlineData("basin=nord&basin=sud", "basin")]
    [InlineData("lang=en", "lang")]
    public async Task BadParametersAnswer400NamingTheParameter(string query, string parameter)
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();

        var response = await client.GetAsync("/api/v1/needs-watch?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
        // The page reads the same parameters (its language is its URL's, so it has no lang parameter).
        if (!query.StartsWith("lang", StringComparison.Ordinal) && !query.Contains("format", StringComparison.Ordinal))
            Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/fr/veille?" + query)).StatusCode);
    }

    [Fact]
    public async Task EachTableExportsAsCsv()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();

        var response = await client.GetAsync("/api/v1/needs-watch?basin=nord&from=2026-03-02&to=2026-03-15&format=csv&table=weeks");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("needs-watch-nord-weeks-2026-03-02-2026-03-15.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["week,searches,nothing_found,only_elsewhere", "2026-03-02,0,0,0", "2026-03-09,0,0,0"], lines);
    }
}
