using System.Net;
using Repertoire.Web.Tests.Corrections;
using Repertoire.Web.Tests.Staff;

namespace Repertoire.Web.Tests.Pages.Organisations;

/// <summary>Script tags, a 1 MB body, control characters and a flood from one client: refused or stored inertly,
/// and the site keeps answering.</summary>
public sealed class HostileReportTests
{
    [Fact]
    public async Task ScriptTagsAreStoredAsTextAndShownEscapedToStaff()
    {
        await using var app = CorrectionsFixture.Create();
        using var visitor = app.CreateBrowserlessClient();
        const string script = "<script>alert('x')</script><img src=x onerror=alert(1)>";

        await CorrectionsFixture.ReportAsync(visitor, new() { ["Field"] = "phones", ["Problem"] = script, ["Proposed"] = script });
        using var staff = await app.SignedInAsync(CorrectionsFixture.Nord);
        var id = Assert.Single(app.Corrections().Pending(null)).Id;
        var queue = await staff.GetStringAsync("/staff/corrections");
        var item = await staff.GetStringAsync($"/staff/corrections/item?id={id}");

        Assert.Equal(script, app.Corrections().Find(id)!.Problem);
        foreach (var html in new[] { queue, item })
        {
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.Contains("&lt;script&gt;", html);
        }
    }

    [Fact]
    public async Task ControlCharactersAreDroppedOrRefused()
    {
        await using var app = CorrectionsFixture.Create();
        using var client = app.CreateBrowserlessClient();

        var response = await CorrectionsFixture.ReportAsync(client, new() { ["Field"] = "phones", ["Problem"] = "a\u0007b\u001bc\r\nd\u202e\u0085", ["Proposed"] = "\u0008 02 1" });
        // A NUL in a form field is refused by the framework's form reader before the page sees it.
        var nul = await CorrectionsFixture.ReportAsync(client, new() { ["Field"] = "phones", ["Problem"] = "x\u0000y" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = app.Corrections().Pending(null);
        Assert.Equal("abc\nd\u202e", stored[0].Problem);
        Assert.Equal("02 1", stored[0].Proposed);
        Assert.True(nul.StatusCode == HttpStatusCode.BadRequest || stored.Count == 2 && stored[1].Problem == "xy", $"NUL answered {nul.StatusCode}");
        Assert.DoesNotContain(app.Corrections().Pending(null), c => c.Problem.Contains('\0'));
    }

    [Fact]
    public async Task OneMegabyteBodyIsRefusedAndNothingIsStored()
    {
        await using var app = CorrectionsFixture.Create();
        using var client = app.CreateBrowserlessClient();

        var response = await CorrectionsFixture.ReportAsync(client, new() { ["Field"] = "phones", ["Problem"] = new string('a', 1024 * 1024) });

        Assert.True(response.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, $"answered {response.StatusCode}");
        Assert.Empty(app.Corrections().Pending(null));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/fr/organisations/epicerie-test-schaerbeek")).StatusCode);
    }

    [Fact]
    public async Task AThousandReportsFromOneClientInAMinuteAreThrottled()
    {
        await using var app = CorrectionsFixture.Create(new() { ["Repertoire:Corrections:MaxReportsPerClient"] = "5" });
        using var client = app.CreateBrowserlessClient();
        var html = await client.GetStringAsync("/fr/organisations/epicerie-test-schaerbeek/signaler");
        var token = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 1000; i++)
        {
            using var response = await client.PostAsync("/fr/organisations/epicerie-test-schaerbeek/signaler", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Field"] = "phones", ["Problem"] = "flood " + i, ["__RequestVerificationToken"] = token,
            }));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.Redirect));
        Assert.Equal(995, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(5, app.Corrections().Pending(null).Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/fr/recherche?q=colis")).StatusCode);
    }
}
