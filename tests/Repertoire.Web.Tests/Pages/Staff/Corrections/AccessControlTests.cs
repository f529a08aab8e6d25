using System.Net;
using Repertoire.Core.Corrections;
using Repertoire.Web.Tests.Corrections;
using Repertoire.Web.Tests.Staff;

namespace Repertoire.Web.Tests.Pages.Staff.Corrections;

/// <summary>Every new staff route: an unsigned visitor, a forged cookie, a missing antiforgery token and a staff
/// member outside the listing's basin read nothing and change nothing.</summary>
public sealed class AccessControlTests
{
    public static TheoryData<string> Reads =>
    [
        "/staff/corrections", "/staff/corrections/item?id={ID}", "/staff/listing?id=epicerie-test-schaerbeek",
        "/staff/audit", "/staff/audit?format=csv", "/staff/audit?listing=epicerie-test-schaerbeek",
        "/staff/freshness", "/staff/freshness?format=csv",
    ];

    public static TheoryData<string> Writes =>
    [
        "/staff/corrections/item?id={ID}&handler=Accept", "/staff/corrections/item?id={ID}&handler=Reject",
        "/staff/corrections/item?id={ID}&handler=Contact", "/staff/listing?id=epicerie-test-schaerbeek&handler=Verify",
    ];

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task UnsignedOrForgedCookieReadsNothing(string url)
    {
        await using var app = CorrectionsFixture.Create();
        var id = app.Submit(proposed: "SECRET-PROPOSAL").Id;
        url = url.Replace("{ID}", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var client = app.CreateBrowserlessClient();

        var unsigned = await client.GetAsync(url);
        var forged = await StaffSessionTests.GetWithCookieAsync(app, "CfDJ8" + new string('x', 200), url);

        foreach (var response in new[] { unsigned, forged })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/staff/sign-in", response.Headers.Location!.PathAndQuery);
            Assert.DoesNotContain("SECRET-PROPOSAL", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        }
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task UnsignedPostWithARealTokenChangesNothing(string url)
    {
        await using var app = CorrectionsFixture.Create();
        var before = File.ReadAllText(app.ListingFile());
        var id = app.Submit().Id;
        using var client = app.CreateBrowserlessClient();

        var response = await WorkbenchApplication.PostFormAsync(client, "/staff/sign-in", url.Replace("{ID}", id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new() { ["TargetField"] = "phones", ["Value"] = "0", ["Note"] = "x" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/staff/sign-in", response.Headers.Location!.PathAndQuery);
        AssertUnchanged(app, id, before);
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task SignedInPostWithoutAntiforgeryTokenChangesNothing(string url)
    {
        await using var app = CorrectionsFixture.Create();
        var before = File.ReadAllText(app.ListingFile());
        var id = app.Submit().Id;
        using var staff = await app.SignedInAsync(CorrectionsFixture.Nord);

        var response = await staff.PostAsync(url.Replace("{ID}", id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["TargetField"] = "phones", ["Value"] = "0", ["Note"] = "x" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertUnchanged(app, id, before);
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task StaffOutsideTheBasinChangesNothing(string url)
    {
        await using var app = CorrectionsFixture.Create();
        var before = File.ReadAllText(app.ListingFile());
        var id = app.Submit().Id;
        using var outsider = await app.SignedInAsync(CorrectionsFixture.Centre);

        var response = await WorkbenchApplication.PostFormAsync(outsider, "/staff/corrections",
            url.Replace("{ID}", id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new() { ["TargetField"] = "phones", ["Value"] = "0", ["Note"] = "x" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        AssertUnchanged(app, id, before);
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task StaffOutsideTheBasinReadsNothingOfIt(string url)
    {
        await using var app = CorrectionsFixture.Create();
        var id = app.Submit(proposed: "SECRET-PROPOSAL").Id;
        using var outsider = await app.SignedInAsync(CorrectionsFixture.Centre);

        var response = await outsider.GetAsync(url.Replace("{ID}", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden, $"answered {response.StatusCode}");
        Assert.DoesNotContain("SECRET-PROPOSAL", body);
        Assert.DoesNotContain("Épicerie sociale de test", body);
        Assert.DoesNotContain(CorrectionsFixture.Listing, body.Replace($"listing={CorrectionsFixture.Listing}", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StaffOfTheBasinAndAdministratorsReadIt()
    {
        await using var app = CorrectionsFixture.Create();
        app.Submit(proposed: "SECRET-PROPOSAL");
        foreach (var user in new[] { CorrectionsFixture.Nord, CorrectionsFixture.Admin, WorkbenchApplication.UserName })
        {
            using var staff = await app.SignedInAsync(user);
            Assert.Contains("SECRET-PROPOSAL", await staff.GetStringAsync("/staff/corrections"));
            Assert.Contains("SECRET-PROPOSAL", await staff.GetStringAsync("/staff/audit"));
            Assert.Contains("Épicerie sociale de test", WebUtility.HtmlDecode(await staff.GetStringAsync("/staff/freshness")));
        }
    }

    private static void AssertUnchanged(WorkbenchApplication app, long id, string before)
    {
        Assert.Equal(CorrectionStatus.Open, app.Corrections().Find(id)!.Status);
        Assert.Equal(before, File.ReadAllText(app.ListingFile()));
        Assert.Single(app.Audit().Find(new Repertoire.Core.Audit.AuditQuery()));
    }
}
