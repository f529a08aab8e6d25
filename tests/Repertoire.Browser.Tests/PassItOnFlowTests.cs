using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Repertoire.Tests;

namespace Repertoire.Browser.Tests;

/// <summary>
/// The fixture content plus two listings helping in Arabic: a service open around the clock (so "open now" holds
/// whenever the test runs, without a fake clock in a real server) and one whose hours are free text (never "open").
/// </summary>
public sealed class PassItOnSiteFixture() : SiteFixture(WithAvailabilityListings())
{
    private static string WithAvailabilityListings()
    {
        var folder = TestPaths.CopyToTemp(TestPaths.FixtureContent);
        File.WriteAllText(Path.Combine(folder, "organisations", "permanence-jour-nuit.md"), """
            ---
            name: {fr: Permanence jour et nuit, nl: Dag- en nachtpermanentie}
            sectors: [action-sociale]
            needs: [aide-alimentaire]
            site: {commune: jette, street: {fr: Rue Test, nl: Teststraat}, number: "5", postcode: "1090"}
            phones: ["02 123 45 67"]
            languages: [fr, nl, ar]
            interpreter: true
            hours:
              monday: ["00:00-24:00"]
              tuesday: ["00:00-24:00"]
              wednesday: ["00:00-24:00"]
              thursday: ["00:00-24:00"]
              friday: ["00:00-24:00"]
              saturday: ["00:00-24:00"]
              sunday: ["00:00-24:00"]
            accessibility: {step_free: true}
            verified: {date: 2026-11-02}
            ---

            # fr
            Un accueil ouvert jour et nuit.

            # nl
            Een onthaal dat dag en nacht open is.
            """);
        File.WriteAllText(Path.Combine(folder, "organisations", "bureau-texte-libre.md"), """
            ---
            name: {fr: Bureau aux horaires en texte, nl: Bureau met vrije openingsuren}
            sectors: [action-sociale]
            site: {commune: jette, postcode: "1090"}
            languages: [ar]
            hours: {fr: "Le lundi matin", nl: "Maandagvoormiddag"}
            ---
            """);
        return folder;
    }
}

/// <summary>
/// A professional in each language ticks "open now" with a language filter, opens the listing found, and downloads
/// the CSV of the results; screenshots of the cards, the listing and its print view at desktop and phone widths.
/// </summary>
public sealed class PassItOnFlowTests(PassItOnSiteFixture site) : IClassFixture<PassItOnSiteFixture>
{
    [Theory]
    [InlineData("fr", "/fr/recherche", "Ouvert maintenant", "Permanence jour et nuit", "/fr/organisations/", "Nom", "oui", "fr-BE")]
    [InlineData("nl", "/nl/zoeken", "Nu open", "Dag- en nachtpermanentie", "/nl/organisaties/", "Naam", "ja", "nl-BE")]
    public async Task TickOpenNowWithALanguageOpenTheListingAndDownloadTheCsv(string lang, string search, string openNow, string name,
        string listingPath, string nameColumn, string yes, string locale)
    {
        var page = await site.NewPageAsync(locale: locale);
        page.SetDefaultTimeout(30_000);
        try
        {
            await page.GotoAsync(search);

            // Arabic first: both Arabic-speaking listings; then open now: only the one open around the clock.
            await page.Locator("input[name=language][value=ar]").CheckAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("language=ar"));
            await Assertions.Expect(page.Locator(".card")).ToHaveCountAsync(2);
            var openBox = page.GetByLabel(new Regex("^" + Regex.Escape(openNow)));
            await openBox.CheckAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("open_now=true"));
            await Assertions.Expect(page.Locator(".card")).ToHaveCountAsync(1);
            var card = page.Locator(".card").First;
            await Assertions.Expect(card.Locator(".card__name")).ToHaveTextAsync(name);
            await Assertions.Expect(card.Locator(".card__hours")).ToContainTextAsync(openNow);
            await Assertions.Expect(card.Locator(".card__address")).ToContainTextAsync("1090");
            await Assertions.Expect(page.Locator(".chips .chip:not(.chip--clear)")).ToHaveCountAsync(2);
            await Screenshots.SaveAsync(page, $"pass-on-cards-{lang}");

            // The CSV of these results, in the page's language.
            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a.search-export__csv").ClickAsync());
            Assert.EndsWith(".csv", download.SuggestedFilename);
            var path = await download.PathAsync();
            var csv = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(path!)).TrimStart('\uFEFF');
            var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.StartsWith(nameColumn + ",", lines[0]);
            var row = Assert.Single(lines.Skip(1));
            Assert.StartsWith(name + ",", row);
            Assert.Contains("," + yes + ",", row);

            // Open the listing: it says it is open now, and offers the ways to pass it on.
            await card.Locator(".card__name a").ClickAsync();
            await page.WaitForURLAsync(new Regex(Regex.Escape(listingPath + "permanence-jour-nuit")));
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(name);
            await Assertions.Expect(page.Locator(".listing__hours .badge--open")).ToHaveTextAsync(openNow);
            await Assertions.Expect(page.Locator("a.share__vcard")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("button[data-print]")).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, $"pass-on-listing-{lang}");

            // Its print view: the facts and the page's address, without the buttons.
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            await Assertions.Expect(page.Locator(".listing__share")).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator(".listing__printed-from")).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, $"pass-on-print-{lang}");
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
