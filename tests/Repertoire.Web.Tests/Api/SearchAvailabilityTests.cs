using System.Net;
using System.Text.Json;
using NodaTime;
using NodaTime.Testing;
using Repertoire.Tests;

namespace Repertoire.Web.Tests.Api;

/// <summary><c>open_now</c> and <c>accessible</c> on the API and the search page, at the site's clock, with counts.</summary>
public sealed class SearchAvailabilityTests : IDisposable
{
    private readonly string _content = TestPaths.CopyToTemp(TestPaths.FixtureContent);

    // Monday 7 December 2026, 10:00 in Brussels (UTC+1 in winter).
    private static readonly Instant MondayMorning = Instant.FromUtc(2026, 12, 7, 9, 0);

    public SearchAvailabilityTests()
    {
        File.WriteAllText(Path.Combine(_content, "organisations", "ouvert-matin.md"), """
            ---
            name: {fr: Ouvert le matin, nl: Open in de voormiddag}
            site: {commune: jette, street: {fr: Rue Test, nl: Teststraat}, number: "3", postcode: "1090"}
            languages: [fr, nl]
            interpreter: true
            hours: {monday: ["09:00-12:00"]}
            accessibility: {step_free: true}
            verified: {date: 2026-11-02}
            ---
            """);
    }

    public void Dispose() => Directory.Delete(_content, recursive: true);

    private RepertoireApplication App(Instant now) => new(_content) { Clock = new FakeClock(now) };

    [Fact]
    public async Task OpenNowFiltersAndCountsAtTheSiteClock()
    {
        await using var morning = App(MondayMorning);
        await using var night = App(MondayMorning.Plus(Duration.FromHours(12)));
        using var client = morning.CreateClient();
        using var nightClient = night.CreateClient();

        using var all = JsonDocument.Parse(await client.GetStringAsync("/api/v1/search?lang=fr"));
        using var open = JsonDocument.Parse(await client.GetStringAsync("/api/v1/search?lang=fr&open_now=true&language=nl"));
        using var closed = JsonDocument.Parse(await nightClient.GetStringAsync("/api/v1/search?lang=fr&open_now=true"));
        using var nightAll = JsonDocument.Parse(await nightClient.GetStringAsync("/api/v1/search?lang=fr"));

        Assert.True(all.RootElement.GetProperty("total").GetInt32() > 1);
        Assert.Equal(1, all.RootElement.GetProperty("facets").GetProperty("open_now").GetInt32());
        Assert.Equal(1, all.RootElement.GetProperty("facets").GetProperty("accessible").GetInt32());
        Assert.Equal(0, nightAll.RootElement.GetProperty("facets").GetProperty("open_now").GetInt32());
        var hit = Assert.Single(open.RootElement.GetProperty("results").EnumerateArray());
        Assert.Equal("ouvert-matin", hit.GetProperty("id").GetString());
        Assert.True(hit.GetProperty("open_now").GetBoolean());
        Assert.Equal("09:00-12:00", hit.GetProperty("today_hours")[0].GetString());
        Assert.True(hit.GetProperty("step_free").GetBoolean());
        Assert.True(hit.GetProperty("interpreter").GetBoolean());
        Assert.Equal("Rue Test 3", hit.GetProperty("street").GetString());
        Assert.Equal("current", hit.GetProperty("freshness").GetString());
        Assert.Equal("2026-11-02", hit.GetProperty("verified").GetString());
        Assert.Equal(0, closed.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AListingWithoutHoursSaysSoInTheApi()
    {
        await using var app = App(MondayMorning);
        using var client = app.CreateClient();

        using var doc = JsonDocument.Parse(await client.GetStringAsync("/api/v1/search?lang=nl&q=thuisverpleging"));

        var hit = doc.RootElement.GetProperty("results").EnumerateArray().First(h => h.GetProperty("id").GetString() == "infirmiers-test-jette");
        Assert.Equal(JsonValueKind.Null, hit.GetProperty("open_now").ValueKind);
        Assert.Equal(JsonValueKind.Null, hit.GetProperty("today_hours").ValueKind);
        Assert.Equal("to_verify", hit.GetProperty("freshness").GetString());
    }

    [Theory]
    [InlineData("open_now=yes", "open_now")]
    [InlineData("accessible=1", "accessible")]
    [InlineData("open_now=true&open_now=false", "open_now")]
    [InlineData("accessible=TRUE", "accessible")]
    public async Task BadFlagIsA400NamingTheParameter(string parameters, string name)
    {
        await using var app = App(MondayMorning);
        using var client = app.CreateClient();

        var response = await client.GetAsync($"/api/v1/search?{parameters}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(name, out _));
    }

    [Fact]
    public async Task FalseIsNoFilter()
    {
        await using var app = App(MondayMorning);
        using var client = app.CreateClient();

        using var all = JsonDocument.Parse(await client.GetStringAsync("/api/v1/search?lang=fr"));
        using var unfiltered = JsonDocument.Parse(await client.GetStringAsync("/api/v1/search?lang=fr&open_now=false&accessible=false"));

        Assert.Equal(all.RootElement.GetProperty("total").GetInt32(), unfiltered.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task SearchPageOffersBothFiltersWithCountsAndCardsShowWhatAReferralNeeds()
    {
        await using var app = App(MondayMorning);

        var (_, fr) = await app.GetPageAsync("/fr/recherche?open_now=true");
        var (_, nl) = await app.GetPageAsync("/nl/zoeken?accessible=true");
        var (_, everything) = await app.GetPageAsync("/fr/recherche");

        Assert.True(fr.QuerySelector("input[name=open_now]")!.HasAttribute("checked"));
        Assert.Contains("Ouvert maintenant", fr.QuerySelector("label[for=f-open_now-true]")!.TextContent);
        Assert.Contains("Rolstoeltoegankelijk", nl.QuerySelector("label[for=f-accessible-true]")!.TextContent);
        Assert.Equal("1", everything.QuerySelector("label[for=f-open_now-true] .count")!.TextContent);
        var card = Assert.Single(fr.QuerySelectorAll(".card"));
        Assert.Contains("Ouvert maintenant", card.QuerySelector(".card__hours")!.TextContent);
        Assert.Contains("09:00–12:00", card.QuerySelector(".card__hours")!.TextContent);
        Assert.Equal("Rue Test 3, 1090 Jette", card.QuerySelector(".card__address")!.TextContent);
        Assert.NotNull(card.QuerySelector(".card__freshness"));
        // The chip names the group, then the filter: not "Ouvert maintenant : Ouvert maintenant".
        var chip = Assert.Single(fr.QuerySelectorAll(".chips a.chip:not(.chip--clear)"));
        Assert.Equal("Disponibilité\u00a0:", chip.QuerySelector(".chip__kind")!.TextContent);
        Assert.Contains("Ouvert maintenant", chip.TextContent, StringComparison.Ordinal);
        var nlChip = Assert.Single(nl.QuerySelectorAll(".chips a.chip:not(.chip--clear)"));
        Assert.Equal("Beschikbaarheid:", nlChip.QuerySelector(".chip__kind")!.TextContent);
        Assert.Contains("Rolstoeltoegankelijk", nlChip.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardsSayPlainlyWhatIsMissing()
    {
        await using var app = App(MondayMorning);

        var (_, nl) = await app.GetPageAsync("/nl/zoeken?q=thuisverpleging");

        var card = nl.QuerySelectorAll(".card").First(c => c.QuerySelector("a")!.GetAttribute("href")!.EndsWith("infirmiers-test-jette", StringComparison.Ordinal));
        Assert.Equal("Openingsuren te bevestigen", card.QuerySelector(".card__hours")!.TextContent.Trim());
        Assert.Contains("te bevestigen", card.QuerySelector(".to-confirm:not(.card__hours)")!.TextContent);
    }

    [Fact]
    public async Task ABadFlagOnThePageIsA400()
    {
        await using var app = App(MondayMorning);

        var (response, page) = await app.GetPageAsync("/fr/recherche?accessible=oui");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("accessible", page.Body!.TextContent);
    }
}
