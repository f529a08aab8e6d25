using NodaTime;
using NodaTime.Testing;
using Repertoire.Tests;

namespace Repertoire.Web.Tests.Pages.Organisations;

/// <summary>Passing a listing on: the share link, the e-mail, the vCard and print on its page; the referral sheet's facts.</summary>
public sealed class PassItOnTests : IDisposable
{
    private readonly string _content = TestPaths.CopyToTemp(TestPaths.FixtureContent);

    // Monday 7 December 2026, 10:00 in Brussels.
    private static readonly Instant MondayMorning = Instant.FromUtc(2026, 12, 7, 9, 0);

    public PassItOnTests()
    {
        File.WriteAllText(Path.Combine(_content, "organisations", "accueil-test.md"), """
            ---
            name: {fr: Accueil de test, nl: Onthaal test}
            site: {commune: jette, street: {fr: Rue Test, nl: Teststraat}, number: "3", postcode: "1090"}
            phones: ["02 123 45 67"]
            languages: [fr, ar]
            interpreter: true
            hours: {monday: ["09:00-12:00"], closed_on_public_holidays: true}
            accessibility: {step_free: true, hearing_loop: true}
            verified: {date: 2026-11-02}
            ---
            """);
    }

    public void Dispose() => Directory.Delete(_content, recursive: true);

    private RepertoireApplication App() => new(_content) { Clock = new FakeClock(MondayMorning) };

    [Fact]
    public async Task TheListingOffersALinkAnEmailAVCardAndPrint()
    {
        await using var app = App();

        var (_, fr) = await app.GetPageAsync("/fr/organisations/accueil-test");
        var (_, nl) = await app.GetPageAsync("/nl/organisaties/accueil-test");

        var share = fr.QuerySelector(".listing__share")!;
        Assert.Equal("http://localhost/fr/organisations/accueil-test", share.QuerySelector("#share-url")!.GetAttribute("value"));
        Assert.Equal("/api/v1/organisations/accueil-test/vcard?lang=fr", share.QuerySelector("a.share__vcard")!.GetAttribute("href"));
        var mail = Uri.UnescapeDataString(share.QuerySelector("a[href^='mailto:']")!.GetAttribute("href")!);
        Assert.Contains("subject=Accueil de test", mail);
        Assert.Contains("http://localhost/fr/organisations/accueil-test", mail);
        Assert.Contains("Aujourd'hui : 09:00–12:00", mail);
        Assert.Contains("02 123 45 67", mail);
        Assert.NotNull(share.QuerySelector("button[data-print]"));
        Assert.Contains("http://localhost/fr/organisations/accueil-test", fr.QuerySelector(".listing__printed-from")!.TextContent);
        Assert.Equal("/api/v1/organisations/accueil-test/vcard?lang=nl", nl.QuerySelector("a.share__vcard")!.GetAttribute("href"));
        Assert.Equal("Deze fiche doorgeven", nl.QuerySelector("#share-title")!.TextContent);
    }

    [Fact]
    public async Task TheReferralSheetCarriesHoursAccessAndLanguages()
    {
        await using var app = App();

        var (_, fr) = await app.GetPageAsync("/fr/fiche?ids=accueil-test,infirmiers-test-jette");
        var (_, nl) = await app.GetPageAsync("/nl/doorverwijzing?ids=accueil-test");

        var items = fr.QuerySelectorAll(".sheet__item");
        var first = items[0];
        Assert.Contains("Lundi 09:00–12:00", first.QuerySelector(".sheet__hours")!.TextContent);
        Assert.Contains("Fermé les jours fériés", first.QuerySelector(".sheet__hours")!.TextContent);
        Assert.Equal("Entrée de plain-pied. Boucle magnétique", first.QuerySelector(".sheet__accessibility")!.TextContent);
        Assert.Contains("Un interprète peut être organisé", first.TextContent);
        Assert.Contains("arabe", first.TextContent);
        Assert.Equal("Horaires à confirmer", items[1].QuerySelector(".sheet__hours")!.TextContent.Trim());
        Assert.Contains("freshness--to_verify", items[1].QuerySelector(".sheet__freshness")!.ClassName);
        Assert.Contains("Maandag 09:00–12:00", nl.QuerySelector(".sheet__hours")!.TextContent);
        Assert.Contains("Drempelvrije ingang", nl.QuerySelector(".sheet__accessibility")!.TextContent);
    }
}
