using System.Net;
using NodaTime;
using NodaTime.Testing;
using Repertoire.Tests;

namespace Repertoire.Web.Tests.Api;

/// <summary><c>GET /api/v1/organisations/{id}/vcard</c>: a listing as a vCard 4.0 to add to a phone's contacts.</summary>
public sealed class ListingVCardTests : IDisposable
{
    private readonly string _content = TestPaths.CopyToTemp(TestPaths.FixtureContent);

    public ListingVCardTests()
    {
        File.WriteAllText(Path.Combine(_content, "organisations", "maison-test.md"), """
            ---
            name: {fr: "Maison d'accueil; nuit, jour", nl: Onthaalhuis}
            site: {commune: jette, street: {fr: Rue Test, nl: Teststraat}, number: "3", postcode: "1090"}
            phones: ["02 123 45 67", "0470 00 00 00"]
            emails: [accueil@example.be]
            websites: [https://example.be/accueil]
            languages: [fr, nl, ar]
            interpreter: true
            hours: {monday: ["09:00-12:00"], note: {fr: "Permanence sans rendez-vous le lundi matin, pour toute personne qui se présente à l'accueil."}}
            accessibility: {step_free: false, note: {fr: "Trois marches à l'entrée."}}
            coordinates: {lat: 50.878, lon: 4.327}
            verified: {date: 2026-11-02}
            ---
            """);
    }

    public void Dispose() => Directory.Delete(_content, recursive: true);

    private static string Unfold(string card) => card.Replace("\r\n ", "", StringComparison.Ordinal);

    [Fact]
    public async Task TheCardCarriesContactsHoursAccessAndLanguages()
    {
        await using var app = new RepertoireApplication(_content) { Clock = new FakeClock(Instant.FromUtc(2026, 12, 7, 9, 0)) };
        using var client = app.CreateClient();

        var response = await client.GetAsync("/api/v1/organisations/maison-test/vcard?lang=fr");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/vcard", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("maison-test.vcf", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n", raw);
        Assert.EndsWith("END:VCARD\r\n", raw);
        // Folded at 75 octets.
        Assert.All(raw.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        var lines = Unfold(raw).Split("\r\n");
        Assert.Contains(@"FN:Maison d'accueil\; nuit\, jour", lines);
        Assert.Contains("ADR;TYPE=work:;;Rue Test 3;Jette;;1090;Belgique", lines);
        Assert.Contains("TEL;VALUE=text;TYPE=work,voice:02 123 45 67", lines);
        Assert.Contains("TEL;VALUE=text;TYPE=work,voice:0470 00 00 00", lines);
        Assert.Contains("EMAIL;TYPE=work:accueil@example.be", lines);
        Assert.Contains("URL;TYPE=work:https://example.be/accueil", lines);
        Assert.Contains("GEO:geo:50.878,4.327", lines);
        Assert.Equal(["LANG;PREF=1:fr", "LANG;PREF=2:nl", "LANG;PREF=3:ar"], lines.Where(l => l.StartsWith("LANG", StringComparison.Ordinal)));
        Assert.Contains("REV:20261102T000000Z", lines);
        var note = Assert.Single(lines, l => l.StartsWith("NOTE:", StringComparison.Ordinal));
        Assert.Contains(@"Horaires : Lundi 09:00–12:00", note);
        Assert.Contains("Permanence sans rendez-vous le lundi matin", note);
        Assert.Contains(@"Accessibilité : Entrée avec marches. Trois marches à l'entrée.", note);
        Assert.Contains("Un interprète peut être organisé", note);
        Assert.Contains(@"\n", note);
        Assert.Contains(lines, l => l.StartsWith("SOURCE:http", StringComparison.Ordinal) && l.EndsWith("/fr/organisations/maison-test", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheDutchCardIsInDutch()
    {
        await using var app = new RepertoireApplication(_content);
        using var client = app.CreateClient();

        var lines = Unfold(await client.GetStringAsync("/api/v1/organisations/maison-test/vcard?lang=nl")).Split("\r\n");

        Assert.Contains("FN:Onthaalhuis", lines);
        Assert.Contains("ADR;TYPE=work:;;Teststraat 3;Jette;;1090;België", lines);
        Assert.Contains(lines, l => l.StartsWith("NOTE:Openingsuren: Maandag 09:00–12:00", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/v1/organisations/nobody/vcard", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/organisations/maison-test/vcard?lang=de", HttpStatusCode.BadRequest)]
    public async Task BadRequestsAreProblems(string url, HttpStatusCode status)
    {
        await using var app = new RepertoireApplication(_content);
        using var client = app.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
