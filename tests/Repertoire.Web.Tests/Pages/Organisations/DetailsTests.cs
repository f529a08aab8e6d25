using System.Net;
using System.Text.Json;
using Repertoire.Core.Records;
using Repertoire.Web.Localization;

namespace Repertoire.Web.Tests.Pages.Organisations;

public sealed class DetailsTests
{
    [Fact]
    public async Task FrenchListingShowsItsFields()
    {
        await using var app = new RepertoireApplication();

        var (response, page) = await app.GetPageAsync("/fr/organisations/epicerie-test-schaerbeek");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("fr-BE", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Épicerie sociale de test", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("alimentaires", page.QuerySelector(".listing__description strong")!.TextContent);
        Assert.Contains("Rue de Test 1, 1030 Schaerbeek", page.QuerySelector(".listing__facts")!.TextContent);
        Assert.Equal("tel:020000001", page.QuerySelector("a.listing__phone")!.GetAttribute("href"));
        Assert.Contains("Aide alimentaire", page.QuerySelector(".listing__needs")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://social.brussels/organisation/99001");
    }

    [Fact]
    public async Task DutchListingUsesTheDutchPath()
    {
        await using var app = new RepertoireApplication();

        var (response, page) = await app.GetPageAsync("/nl/organisaties/epicerie-test-schaerbeek");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nl-BE", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Sociale kruidenier (test)", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Teststraat 1, 1030 Schaarbeek", page.QuerySelector(".listing__facts")!.TextContent);
        Assert.Contains("Voedselhulp", page.QuerySelector(".listing__needs")!.TextContent);
    }

    [Fact]
    public async Task LanguageSwitchStaysOnTheListing()
    {
        await using var app = new RepertoireApplication();

        var (_, fr) = await app.GetPageAsync("/fr/organisations/epicerie-test-schaerbeek");
        var (_, nl) = await app.GetPageAsync("/nl/organisaties/epicerie-test-schaerbeek");

        Assert.Equal("/nl/organisaties/epicerie-test-schaerbeek", fr.QuerySelector("a.language-switch")!.GetAttribute("href"));
        Assert.Equal("/fr/organisations/epicerie-test-schaerbeek", nl.QuerySelector("a.language-switch")!.GetAttribute("href"));
        Assert.Equal("http://localhost/nl/organisaties/epicerie-test-schaerbeek",
            fr.QuerySelector("link[rel=alternate][hreflang=nl-BE]")!.GetAttribute("href"));
        Assert.Equal("http://localhost/fr/organisations/epicerie-test-schaerbeek",
            fr.QuerySelector("link[rel=alternate][hreflang=fr-BE]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ListingKnownOnlyInDutchSaysSoOnTheFrenchPage()
    {
        await using var app = new RepertoireApplication();

        var (_, page) = await app.GetPageAsync("/fr/organisations/infirmiers-test-jette");

        Assert.Equal("Thuisverpleging Test Jette", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("nl-BE", page.QuerySelector(".listing__description")!.GetAttribute("lang"));
        Assert.Contains("n'existe qu'en néerlandais", page.QuerySelector(".notice")!.TextContent);
    }

    [Fact]
    public async Task HtmlInContentIsShownAsText()
    {
        await using var app = new RepertoireApplication();

        var (_, page) = await app.GetPageAsync("/fr/organisations/centre-test-bruxelles");

        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector(".listing__description")!.TextContent);
    }

    [Theory]
    [InlineData("/fr/organisations/nobody")]
    [InlineData("/nl/organisaties/nobody")]
    [InlineData("/nl/organisations/epicerie-test-schaerbeek")]
    public async Task UnknownListingIsNotFoundInTheVisitorsLanguage(string url)
    {
        await using var app = new RepertoireApplication();

        var (response, page) = await app.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(url.StartsWith("/nl", StringComparison.Ordinal) ? "nl-BE" : "fr-BE", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task VerifiedDateReadsAsTimeAgoInBothLanguages()
    {
        await using var app = new RepertoireApplication();
        var today = DateOnly.FromDateTime(DateTime.Now);

        var (_, fr) = await app.GetPageAsync("/fr/organisations/epicerie-test-schaerbeek");
        var (_, nl) = await app.GetPageAsync("/nl/organisaties/epicerie-test-schaerbeek");

        var verified = new DateOnly(2026, 9, 1);
        Assert.Equal("Vérifié " + RelativeDates.Ago(verified, today, Language.Fr), fr.QuerySelector(".listing__verified")!.TextContent);
        Assert.Equal(RelativeDates.Ago(verified, today, Language.Nl) + " gecontroleerd", nl.QuerySelector(".listing__verified")!.TextContent);
        Assert.StartsWith("il y a ", RelativeDates.Ago(verified, today, Language.Fr));
        Assert.Equal("2026-09-01", fr.QuerySelector(".listing__verified time")!.GetAttribute("datetime"));
    }

    [Fact]
    public async Task JsonLdDescribesTheListing()
    {
        await using var app = new RepertoireApplication();

        var (_, page) = await app.GetPageAsync("/nl/organisaties/epicerie-test-schaerbeek");

        using var json = JsonDocument.Parse(page.QuerySelector("head script[type='application/ld+json']")!.TextContent);
        var root = json.RootElement;
        Assert.Equal("Organization", root.GetProperty("@type").GetString());
        Assert.Equal("Sociale kruidenier (test)", root.GetProperty("name").GetString());
        Assert.Equal("Teststraat 1", root.GetProperty("address").GetProperty("streetAddress").GetString());
        Assert.Equal("Schaarbeek", root.GetProperty("address").GetProperty("addressLocality").GetString());
        Assert.Contains(root.GetProperty("sameAs").EnumerateArray(), v => v.GetString() == "https://sociaal.brussels/organisation/99001");
    }

    [Fact]
    public async Task JsonLdEscapesMarkupFromContent()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateBrowserlessClient();

        var html = await client.GetStringAsync("/fr/organisations/centre-test-bruxelles");
        var (_, page) = await app.GetPageAsync("/fr/organisations/centre-test-bruxelles");

        var data = page.QuerySelector("script[type='application/ld+json']")!;
        // The raw text of the data block has no "<": content cannot close the element.
        var start = html.IndexOf("application/ld+json\">", StringComparison.Ordinal);
        var raw = html[(start + 21)..html.IndexOf("</script>", start, StringComparison.Ordinal)];
        Assert.DoesNotContain("<", raw);
        using var json = JsonDocument.Parse(data.TextContent);
        Assert.Contains("<script>alert(1)</script>", json.RootElement.GetProperty("description").GetString());
        Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
    }

    [Fact]
    public async Task ExtraFieldsAreShown()
    {
        await using var app = new RepertoireApplication();

        var (_, page) = await app.GetPageAsync("/fr/organisations/centre-test-bruxelles");

        var facts = page.QuerySelector(".listing__facts")!;
        Assert.Contains(facts.QuerySelectorAll("dt"), dt => dt.TextContent == "custom field");
        Assert.Contains("kept", facts.TextContent);
    }

    [Fact]
    public async Task ListingOffersToJoinTheReferralSheet()
    {
        await using var app = new RepertoireApplication();

        var (_, page) = await app.GetPageAsync("/nl/organisaties/epicerie-test-schaerbeek");

        Assert.Equal("/nl/doorverwijzing?ids=epicerie-test-schaerbeek", page.QuerySelector("[data-shortlist-toggle]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ListingWithoutStreetStillShowsPostcodeAndCommune()
    {
        var content = Repertoire.Tests.TestPaths.CopyToTemp(Repertoire.Tests.TestPaths.FixtureContent);
        try
        {
            File.WriteAllText(Path.Combine(content, "organisations", "sans-rue.md"),
                "---\nname:\n  fr: Sans rue\nsite:\n  postcode: \"1090\"\n  commune: jette\n---\n");
            await using var app = new RepertoireApplication(content);

            var (_, page) = await app.GetPageAsync("/nl/organisaties/sans-rue");

            Assert.Contains("1090 Jette", page.QuerySelector(".listing__facts")!.TextContent);
        }
        finally
        {
            Directory.Delete(content, recursive: true);
        }
    }
}
