using System.Net;
using Repertoire.Core.Audit;
using Repertoire.Web.Tests.Corrections;
using Repertoire.Web.Tests.Staff;

namespace Repertoire.Web.Tests.Pages.Organisations;

public sealed class ReportTests
{
    [Theory]
    [InlineData("/fr/organisations/epicerie-test-schaerbeek/signaler", "fr-BE", "Signaler une erreur")]
    [InlineData("/nl/organisaties/epicerie-test-schaerbeek/melden", "nl-BE", "Een fout melden")]
    public async Task FormIsOfferedInTheVisitorsLanguageAndLinkedFromTheListing(string url, string lang, string title)
    {
        await using var app = CorrectionsFixture.Create();
        using var client = app.CreateBrowserlessClient();

        var (response, page) = await WorkbenchApplication.GetPageAsync(client, url);
        var (_, listing) = await WorkbenchApplication.GetPageAsync(client, url[..url.LastIndexOf('/')]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith(title, page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Equal(url, listing.QuerySelector("a.listing__report")!.GetAttribute("href"));
        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task UnknownListingIs404()
    {
        await using var app = CorrectionsFixture.Create();
        using var client = app.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/fr/organisations/nope/signaler")).StatusCode);
    }

    [Fact]
    public async Task ReportIsStoredWithTheCurrentValueAndAudited()
    {
        await using var app = CorrectionsFixture.Create();
        using var client = app.CreateBrowserlessClient();

        var response = await CorrectionsFixture.ReportAsync(client, new()
        {
            ["Field"] = "phones", ["Problem"] = "Le numéro ne répond plus", ["Proposed"] = "02 123 45 67", ["Email"] = "a@example.org",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/signaler?sent=true", response.Headers.Location!.OriginalString);
        var stored = Assert.Single(app.Corrections().Pending(null));
        Assert.Equal(("phones", "fr", "02 123 45 67", "02/000.00.01", CorrectionsFixture.ListingBasin), (stored.Field, stored.Language, stored.Proposed, stored.CurrentAtReport, stored.Basin));
        var entry = Assert.Single(app.Audit().Find(new AuditQuery()));
        Assert.Equal((AuditEntry.Visitor, AuditActions.Report, "02 123 45 67"), (entry.Actor, entry.Action, entry.After));
    }

    [Fact]
    public async Task FilledHoneypotIsThankedAndDropped()
    {
        await using var app = CorrectionsFixture.Create();
        using var client = app.CreateBrowserlessClient();

        var response = await CorrectionsFixture.ReportAsync(client, new() { ["Field"] = "phones", ["Problem"] = "spam", ["website"] = "http://spam.example" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(app.Corrections().Pending(null));
    }

    [Theory]
    [InlineData("", "x", "Choisissez")]
    [InlineData("phones", "", "Dites ce qui est faux")]
    [InlineData("phones", "x", "adresse e-mail", "not an address")]
    public async Task InvalidReportIsRefusedWithAMessageAndStoresNothing(string field, string problem, string message, string email = "")
    {
        await using var app = CorrectionsFixture.Create();
        using var client = app.CreateBrowserlessClient();

        var response = await CorrectionsFixture.ReportAsync(client, new() { ["Field"] = field, ["Problem"] = problem, ["Email"] = email });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Empty(app.Corrections().Pending(null));
    }

    [Fact]
    public async Task ReportWithoutAntiforgeryTokenIsRefused()
    {
        await using var app = CorrectionsFixture.Create();
        using var client = app.CreateBrowserlessClient();

        var response = await client.PostAsync("/fr/organisations/epicerie-test-schaerbeek/signaler",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Field"] = "phones", ["Problem"] = "x" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(app.Corrections().Pending(null));
    }
}
