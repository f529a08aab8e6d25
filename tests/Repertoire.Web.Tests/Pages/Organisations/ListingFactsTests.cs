using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Repertoire.Tests;
using Repertoire.Web.Infrastructure;

namespace Repertoire.Web.Tests.Pages.Organisations;

/// <summary>The listing page says what a referral needs, at the injected clock's instant, and says plainly what is missing.</summary>
public sealed class ListingFactsTests : IDisposable
{
    private readonly string _content = TestPaths.CopyToTemp(TestPaths.FixtureContent);

    // Monday 7 December 2026, 10:00 in Brussels (UTC+1).
    private static readonly Instant MondayMorning = Instant.FromUtc(2026, 12, 7, 9, 0);

    public ListingFactsTests()
    {
        Write("complet", """
            ---
            name: {fr: Service complet, nl: Volledige dienst}
            site: {commune: jette, street: {fr: Rue Test, nl: Teststraat}, number: "3", postcode: "1090"}
            phones: ["02 000 00 09"]
            languages: [fr, nl, en]
            interpreter: true
            conditions: {fr: Habiter Jette, nl: In Jette wonen}
            cost: {fr: Gratuit, nl: Gratis}
            referral_required: true
            hours:
              monday: ["09:00-12:00", "13:30-17:00"]
              tuesday: ["09:00-12:00"]
              closed_on_public_holidays: true
              note: {fr: Fermé en août, nl: Gesloten in augustus}
            accessibility: {step_free: true, accessible_toilet: false}
            verified: {date: 2026-11-02, by: "Brusano (Nord)"}
            sources: [{url: "https://example.org/service", consulted: 2026-11-02}]
            editor_note: "Téléphone confirmé par courriel, à revoir."
            ---
            # fr
            Un service.
            """);
        Write("sans-infos", "---\nname: {fr: Sans infos}\nverified: {date: 2025-06-06}\n---\n");
        Write("ancien", "---\nname: {fr: Ancien}\nupdated: 2024-01-10\n---\n");
    }

    public void Dispose() => Directory.Delete(_content, recursive: true);

    private void Write(string id, string text) => File.WriteAllText(Path.Combine(_content, "organisations", id + ".md"), text);

    private RepertoireApplication App(Instant now) => new(_content) { Clock = new FakeClock(now) };

    [Fact]
    public async Task TodayHoursAndOpenNowFollowTheClock()
    {
        await using var morning = App(MondayMorning);
        await using var lunch = App(MondayMorning.Plus(Duration.FromHours(2.5)));

        var (_, fr) = await morning.GetPageAsync("/fr/organisations/complet");
        var (_, nl) = await morning.GetPageAsync("/nl/organisaties/complet");
        var (_, closed) = await lunch.GetPageAsync("/fr/organisations/complet");

        Assert.Equal("Ouvert maintenant Aujourd'hui : 09:00–12:00, 13:30–17:00", Normalise(fr.QuerySelector(".hours-today")!.TextContent));
        // Dutch sets no space before the colon.
        Assert.StartsWith("Nu open Vandaag: ", Normalise(nl.QuerySelector(".hours-today")!.TextContent));
        Assert.StartsWith("Fermé maintenant", Normalise(closed.QuerySelector(".hours-today")!.TextContent));
        Assert.Equal("Lundi", fr.QuerySelector(".hours-week__today th")!.TextContent);
        Assert.Equal("fermé", fr.QuerySelectorAll(".hours-week td")[2].TextContent);
        Assert.Contains("Fermé les jours fériés", fr.QuerySelector(".listing__hours")!.TextContent);
        Assert.Contains("Gesloten in augustus", nl.QuerySelector(".listing__hours")!.TextContent);
    }

    [Fact]
    public async Task AccessLanguagesConditionsAndSourcesAreShown()
    {
        await using var app = App(MondayMorning);

        var (_, fr) = await app.GetPageAsync("/fr/organisations/complet");
        var (_, nl) = await app.GetPageAsync("/nl/organisaties/complet");

        Assert.Equal(["Entrée de plain-pied", "Pas de toilette adaptée"], fr.QuerySelectorAll(".listing__accessibility li").Select(li => li.TextContent));
        Assert.Contains("Un interprète peut être organisé", fr.QuerySelector(".listing__languages")!.TextContent);
        Assert.Contains("Een tolk kan geregeld worden", nl.QuerySelector(".listing__languages")!.TextContent);
        Assert.Equal("Habiter Jette", fr.QuerySelector(".listing__conditions")!.TextContent);
        Assert.Equal("Gratis", nl.QuerySelector(".listing__cost")!.TextContent);
        Assert.Equal("Na doorverwijzing door een professional", nl.QuerySelector(".listing__referral")!.TextContent);
        Assert.Contains("consulté le 2 novembre 2026", fr.QuerySelector(".listing__sources")!.TextContent);
    }

    [Fact]
    public async Task MissingHoursPhoneAndAddressAreSaidPlainly()
    {
        await using var app = App(MondayMorning);

        var (_, fr) = await app.GetPageAsync("/fr/organisations/sans-infos");
        var (_, nl) = await app.GetPageAsync("/nl/organisaties/sans-infos");

        Assert.Equal(["Horaires à confirmer", "Adresse à confirmer", "Téléphone à confirmer"],
            fr.QuerySelectorAll(".listing__facts .to-confirm").Select(e => e.TextContent));
        Assert.Equal(["Openingsuren te bevestigen", "Adres te bevestigen", "Telefoonnummer te bevestigen"],
            nl.QuerySelectorAll(".listing__facts .to-confirm").Select(e => e.TextContent));
    }

    [Theory]
    [InlineData("complet", "current", "Vérifié [AGO] par Brusano (Nord)")]
    [InlineData("sans-infos", "ageing", "Vérifié il y a 18 mois")]
    [InlineData("ancien", "to_verify", "À vérifier : dernière vérification le 10 janvier 2024")]
    [InlineData("infirmiers-test-jette", "to_verify", "À vérifier : jamais vérifié")]
    public async Task FreshnessHasThreeStates(string id, string state, string text)
    {
        await using var app = App(MondayMorning);

        var (_, page) = await app.GetPageAsync($"/fr/organisations/{id}");

        var freshness = page.QuerySelector(".listing__verified")!;
        Assert.Contains($"freshness--{state}", freshness.ClassName);
        // The plain state words the delay as Humanizer does ("il y a un mois").
        var ago = Repertoire.Web.Localization.RelativeDates.Ago(new DateOnly(2026, 11, 2), new DateOnly(2026, 12, 7), Core.Records.Language.Fr);
        Assert.Equal(text.Replace("[AGO]", ago), Normalise(freshness.TextContent));
    }

    [Fact]
    public async Task EditorNoteIsNeverPublic()
    {
        await using var app = App(MondayMorning);
        using var client = app.CreateClient();

        var page = await client.GetStringAsync("/fr/organisations/complet");
        var api = await client.GetStringAsync("/api/v1/organisations/complet");
        var hsds = await client.GetStringAsync("/api/hsds/services?lang=fr");

        Assert.DoesNotContain("confirmé par courriel", page);
        Assert.DoesNotContain("confirmé par courriel", JsonDocument.Parse(api).RootElement.ToString());
        Assert.DoesNotContain("confirmé par courriel", hsds);
    }

    [Fact]
    public async Task FileBrokenWhileServingKeepsItsLastGoodVersionFlaggedInHealth()
    {
        await using var app = App(MondayMorning);
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/fr/organisations/complet")).StatusCode);

        Write("complet", "---\nname: {fr: Service complet}\nhours: {monday: [\"9h-12h\"]}\n---\n");
        app.Services.GetRequiredService<ContentStore>().Reload();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/fr/organisations/complet")).StatusCode);
        using var health = JsonDocument.Parse(await client.GetStringAsync("/healthz"));
        Assert.Equal("degraded", health.RootElement.GetProperty("status").GetString());
        var retained = Assert.Single(health.RootElement.GetProperty("retained").EnumerateArray());
        Assert.Equal("complet", retained.GetProperty("id").GetString());
        Assert.Contains("hours.monday", retained.GetProperty("problems")[0].GetString());

        Write("complet", "---\nname: {fr: Service corrigé}\n---\n");
        app.Services.GetRequiredService<ContentStore>().Reload();
        using var fixedHealth = JsonDocument.Parse(await client.GetStringAsync("/healthz"));
        Assert.Equal("ok", fixedHealth.RootElement.GetProperty("status").GetString());
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
