using System.Net;
using System.Text.Json;
using Repertoire.Tests;
using Repertoire.Web.Hsds;

namespace Repertoire.Web.Tests.Hsds;

/// <summary>
/// A listing's structured hours, access, languages and area served in the HSDS view and in <c>/api/v1</c>, the HSDS
/// documents still valid against the official 3.0 schemas.
/// </summary>
public sealed class HsdsListingFactsTests : IDisposable
{
    private readonly HsdsSchemaValidator _checker = new(Path.Combine(TestPaths.TestData, "hsds", "schema"));
    private readonly string _content = TestPaths.CopyToTemp(TestPaths.FixtureContent);

    public HsdsListingFactsTests()
    {
        File.WriteAllText(Path.Combine(_content, "organisations", "accueil-complet.md"), """
            ---
            name: {fr: Accueil de jour complet, nl: Volledig dagcentrum}
            sectors: [action-sociale]
            needs: [aide-alimentaire]
            site: {street: {fr: Rue Test, nl: Teststraat}, number: "3", postcode: "1090", commune: jette}
            area_served: [nord]
            languages: [fr, nl, ar]
            interpreter: true
            hours:
              monday: ["09:00-12:00", "13:30-17:00"]
              tuesday: ["09:00-12:00"]
              friday: ["20:00-02:00"]
              appointment_only: true
              closed_on_public_holidays: true
              exceptions: [{date: 2026-12-24, closed: true}]
              note: {fr: "Permanence téléphonique le matin.", nl: "Telefonische permanentie in de voormiddag."}
            accessibility: {step_free: true, accessible_toilet: false, note: {fr: "Rampe à l'arrière.", nl: "Helling achteraan."}}
            conditions: {fr: "Habitants du nord.", nl: "Inwoners van het noorden."}
            cost: {fr: "Gratuit.", nl: "Gratis."}
            referral_required: false
            coordinates: {lat: 50.878, lon: 4.327}
            verified: {date: 2026-11-02, by: "Brusano (Nord-Ouest)"}
            sources: [{url: "https://example.be/accueil", consulted: 2026-11-02}, {document: "Rapport annuel 2025", consulted: 2026-10-01}]
            editor_note: "Téléphoner à la directrice pour l'horaire d'été."
            ---

            # fr
            Un accueil de jour.
            """);
    }

    public void Dispose() => Directory.Delete(_content, recursive: true);

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("nl")]
    public async Task TheServiceWithEveryNewFieldIsValidHsds(string lang)
    {
        await using var app = new RepertoireApplication(_content);
        using var client = app.CreateClient();

        var service = await GetJsonAsync(client, $"/api/hsds/services/{HsdsMapper.ServiceId("accueil-complet")}?lang={lang}");
        var organization = await GetJsonAsync(client, $"/api/hsds/organizations/{HsdsMapper.OrganizationId("accueil-complet")}?lang={lang}");
        var list = await GetJsonAsync(client, $"/api/hsds/services?lang={lang}&full=true");

        Assert.Empty(_checker.Check(service, "service.json"));
        Assert.Empty(_checker.Check(service, "compiled/service.json"));
        Assert.Empty(_checker.Check(organization, "organization.json"));
        Assert.Empty(_checker.Check(list, HsdsSchemaValidator.ResponseOf("/services")));
    }

    [Fact]
    public async Task WeeklyRangesBecomeSchedulesNamingTheirDays()
    {
        await using var app = new RepertoireApplication(_content);
        using var client = app.CreateClient();

        var service = await GetJsonAsync(client, $"/api/hsds/services/{HsdsMapper.ServiceId("accueil-complet")}?lang=fr");

        var schedules = service.GetProperty("schedules").EnumerateArray()
            .Select(s => (Days: s.GetProperty("byday").GetString(), Opens: s.GetProperty("opens_at").GetString(), Closes: s.GetProperty("closes_at").GetString()))
            .ToList();
        Assert.Equal([("MO,TU", "09:00", "12:00"), ("MO", "13:30", "17:00"), ("FR", "20:00", "02:00")], schedules);
        var first = service.GetProperty("schedules")[0];
        Assert.Equal("WEEKLY", first.GetProperty("freq").GetString());
        Assert.Equal("Lundi, mardi : 09:00–12:00", first.GetProperty("description").GetString());
        Assert.Contains("jusqu'au lendemain", service.GetProperty("schedules")[2].GetProperty("description").GetString());
        var notes = first.GetProperty("notes").GetString()!;
        Assert.Contains("Sur rendez-vous", notes);
        Assert.Contains("Fermé les jours fériés", notes);
        Assert.Contains("24 décembre 2026 : fermé", notes);
        Assert.Contains("Permanence téléphonique le matin.", notes);
        Assert.Contains("Europe/Brussels", notes);
    }

    [Fact]
    public async Task AccessLanguagesConditionsAndAreaAreCarried()
    {
        await using var app = new RepertoireApplication(_content);
        using var client = app.CreateClient();

        var nl = await GetJsonAsync(client, $"/api/hsds/services/{HsdsMapper.ServiceId("accueil-complet")}?lang=nl");

        var access = nl.GetProperty("service_at_locations")[0].GetProperty("location").GetProperty("accessibility")[0];
        Assert.Contains("Drempelvrije ingang", access.GetProperty("description").GetString());
        Assert.Equal("Helling achteraan.", access.GetProperty("details").GetString());
        Assert.Equal(["fr", "nl", "ar"], nl.GetProperty("languages").EnumerateArray().Select(l => l.GetProperty("code").GetString()));
        Assert.False(string.IsNullOrEmpty(nl.GetProperty("interpretation_services").GetString()));
        Assert.Equal("Gratis.", nl.GetProperty("fees_description").GetString());
        Assert.Contains("Inwoners van het noorden.", nl.GetProperty("eligibility_description").GetString());
        Assert.Equal("2026-11-02", nl.GetProperty("assured_date").GetString());
        Assert.Equal("Zorgzone Noord", Assert.Single(nl.GetProperty("service_areas").EnumerateArray()).GetProperty("name").GetString());
        Assert.DoesNotContain("directrice", nl.GetRawText());
    }

    [Fact]
    public async Task FreeTextHoursStayADescription()
    {
        File.WriteAllText(Path.Combine(_content, "organisations", "texte-libre.md"), """
            ---
            name: {fr: Horaire en texte}
            site: {commune: jette}
            hours: {fr: "Le lundi de 9h à 12h"}
            ---
            """);
        await using var app = new RepertoireApplication(_content);
        using var client = app.CreateClient();

        var service = await GetJsonAsync(client, $"/api/hsds/services/{HsdsMapper.ServiceId("texte-libre")}?lang=fr");

        var schedule = Assert.Single(service.GetProperty("schedules").EnumerateArray());
        Assert.Equal("Le lundi de 9h à 12h", schedule.GetProperty("description").GetString());
        Assert.False(schedule.TryGetProperty("byday", out _));
        Assert.Empty(_checker.Check(service, "service.json"));
    }

    [Fact]
    public async Task TheApiCarriesTheNewFieldsButNeverTheEditorNote()
    {
        await using var app = new RepertoireApplication(_content);
        using var client = app.CreateClient();

        var o = await GetJsonAsync(client, "/api/v1/organisations/accueil-complet");

        var hours = o.GetProperty("hours");
        Assert.Equal(["09:00-12:00", "13:30-17:00"], hours.GetProperty("week").GetProperty("monday").EnumerateArray().Select(r => r.GetString()));
        Assert.True(hours.GetProperty("appointment_only").GetBoolean());
        Assert.Equal("2026-12-24", hours.GetProperty("exceptions")[0].GetProperty("date").GetString());
        Assert.Equal("Permanence téléphonique le matin.", hours.GetProperty("note").GetProperty("fr").GetString());
        Assert.True(o.GetProperty("accessibility").GetProperty("step_free").GetBoolean());
        Assert.False(o.GetProperty("accessibility").GetProperty("accessible_toilet").GetBoolean());
        Assert.Equal(JsonValueKind.Null, o.GetProperty("accessibility").GetProperty("hearing_loop").ValueKind);
        Assert.True(o.GetProperty("interpreter").GetBoolean());
        Assert.False(o.GetProperty("referral_required").GetBoolean());
        Assert.Equal("Gratis.", o.GetProperty("cost").GetProperty("nl").GetString());
        Assert.Equal("Brusano (Nord-Ouest)", o.GetProperty("verified").GetProperty("by").GetString());
        var sources = o.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal("https://example.be/accueil", sources[0].GetProperty("url").GetString());
        Assert.Equal("Rapport annuel 2025", sources[1].GetProperty("document").GetString());
        Assert.Equal("2026-10-01", sources[1].GetProperty("consulted").GetString());
        Assert.DoesNotContain("directrice", o.GetRawText());
    }
}
