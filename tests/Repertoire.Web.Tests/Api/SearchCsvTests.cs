using System.Net;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Testing;
using Repertoire.Tests;

namespace Repertoire.Web.Tests.Api;

/// <summary><c>GET /api/v1/search?format=csv</c>: every result of the search, with what a referral needs, in the asked language.</summary>
public sealed class SearchCsvTests : IDisposable
{
    private readonly string _content = TestPaths.CopyToTemp(TestPaths.FixtureContent);

    // Monday 7 December 2026, 10:00 in Brussels.
    private static readonly Instant MondayMorning = Instant.FromUtc(2026, 12, 7, 9, 0);

    public SearchCsvTests()
    {
        File.WriteAllText(Path.Combine(_content, "organisations", "ouvert-matin.md"), """
            ---
            name: {fr: "Ouvert le matin, à Jette", nl: Open in de voormiddag}
            site: {commune: jette, street: {fr: Rue Test, nl: Teststraat}, number: "3", postcode: "1090"}
            phones: ["+32 2 123 45 67"]
            languages: [fr, ar]
            interpreter: true
            hours: {monday: ["09:00-12:00"], tuesday: ["13:00-16:00"], appointment_only: true}
            accessibility: {step_free: true}
            cost: {fr: Gratuit, nl: Gratis}
            verified: {date: 2026-11-02}
            ---
            """);
    }

    public void Dispose() => Directory.Delete(_content, recursive: true);

    private RepertoireApplication App() => new(_content) { Clock = new FakeClock(MondayMorning) };

    private static List<string[]> Parse(string csv)
    {
        // RFC 4180 with quoted cells: enough of a reader for these tests.
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r') { }
            else if (c == '\n') { row.Add(cell.ToString()); cell.Clear(); rows.Add([.. row]); row.Clear(); }
            else cell.Append(c);
        }
        return rows;
    }

    [Fact]
    public async Task TheCsvHoldsTheReferralFactsInFrench()
    {
        await using var app = App();
        using var client = app.CreateClient();

        var response = await client.GetAsync("/api/v1/search?lang=fr&open_now=true&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("recherche-2026-12-07.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = Parse(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(["Nom", "Adresse", "Code postal", "Commune", "Téléphone"], rows[0][..5]);
        var row = Assert.Single(rows.Skip(1));
        var cells = rows[0].Zip(row).ToDictionary(p => p.First, p => p.Second);
        Assert.Equal("Ouvert le matin, à Jette", cells["Nom"]);
        Assert.Equal("Rue Test 3", cells["Adresse"]);
        Assert.Equal("1090", cells["Code postal"]);
        Assert.Equal("Jette", cells["Commune"]);
        // A number starting with "+" would run as a formula in a spreadsheet.
        Assert.Equal("'+32 2 123 45 67", cells["Téléphone"]);
        Assert.Contains("Lundi 09:00–12:00", cells["Horaires"]);
        Assert.Contains("Mardi 13:00–16:00", cells["Horaires"]);
        Assert.Contains("Sur rendez-vous", cells["Horaires"]);
        Assert.Equal("oui", cells["Ouvert maintenant"]);
        Assert.Equal("Entrée de plain-pied", cells["Accessibilité"]);
        Assert.Equal("français, arabe", cells["Langues d'accueil"].ToLowerInvariant());
        Assert.Equal("Un interprète peut être organisé", cells["Interprète"]);
        Assert.Equal("Gratuit", cells["Coût"]);
        Assert.EndsWith("/fr/organisations/ouvert-matin", cells["Fiche"]);
        Assert.StartsWith("http", cells["Fiche"]);
    }

    [Fact]
    public async Task TheCsvFollowsTheFiltersAndTheLanguageAndHoldsEveryPage()
    {
        await using var app = App();
        using var client = app.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/search?lang=nl&per_page=1"));
        var all = Parse(Encoding.UTF8.GetString((await client.GetByteArrayAsync("/api/v1/search?lang=nl&per_page=1&page=2&format=csv"))[3..]));
        var arabic = Parse(Encoding.UTF8.GetString((await client.GetByteArrayAsync("/api/v1/search?lang=nl&language=ar&format=csv"))[3..]));

        Assert.Equal("Naam", all[0][0]);
        Assert.Equal(json.RootElement.GetProperty("total").GetInt32(), all.Count - 1);
        Assert.Contains(all, r => r[0] == "Thuisverpleging Test Jette" && r[7] == "Openingsuren te bevestigen");
        var row = Assert.Single(arabic.Skip(1));
        Assert.Equal("Open in de voormiddag", row[0]);
        Assert.Equal("Teststraat 3", row[1]);
        Assert.Contains("Maandag 09:00–12:00", row[7]);
    }

    [Theory]
    [InlineData("format=xml")]
    [InlineData("format=csv&format=json")]
    public async Task AnUnknownFormatIsA400NamingIt(string parameters)
    {
        await using var app = App();
        using var client = app.CreateClient();

        var response = await client.GetAsync($"/api/v1/search?{parameters}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("format", out _));
    }

    [Fact]
    public async Task TheSearchPageLinksToTheCsvOfItsResults()
    {
        await using var app = App();

        var (_, page) = await app.GetPageAsync("/nl/zoeken?q=open&language=ar&open_now=true&page=1");

        var link = page.QuerySelector("a.search-export__csv")!;
        Assert.Equal("/api/v1/search?lang=nl&q=open&language=ar&open_now=true&format=csv", link.GetAttribute("href"));
        Assert.Equal("Deze resultaten downloaden (CSV)", link.TextContent);
    }
}
