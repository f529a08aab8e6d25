using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Repertoire.Core.Alignment.Staff;
using Repertoire.Core.Audit;
using Repertoire.Web.Infrastructure;
using Repertoire.Web.Tests.Corrections;
using Repertoire.Web.Tests.Staff;

namespace Repertoire.Web.Tests.Pages.Staff.Admin.Accounts;

/// <summary>Every account route: an unsigned visitor, a forged cookie, a post without antiforgery token and a staff
/// member who is not an administrator (even one working on every basin) read no account and change nothing: not the
/// accounts, their roles, basins, passwords or sessions, nor the audit trail.</summary>
public sealed class AccessControlTests
{
    public static TheoryData<string> Reads => ["/staff/admin/accounts", "/staff/admin/accounts/new", "/staff/admin/accounts/edit?name=nora"];

    // Each write would change something if it were allowed (Enable targets an account disabled beforehand).
    public static TheoryData<string, string> Writes => new()
    {
        { "/staff/admin/accounts/new", "create" },
        { "/staff/admin/accounts/edit?name=nora&handler=Role", "role" },
        { "/staff/admin/accounts/edit?name=nora&handler=Password", "password" },
        { "/staff/admin/accounts/edit?name=nora&handler=Disable", "disable" },
        { "/staff/admin/accounts/edit?name=cesar&handler=Enable", "enable" },
        { "/staff/admin/accounts/edit?name=nora&handler=Remove", "remove" },
    };

    private static Dictionary<string, string> Fields => new()
    {
        ["UserName"] = "mallory", ["Password"] = "mallory's long enough password", ["Confirm"] = "mallory's long enough password",
        ["Role"] = "admin", ["ConfirmRemove"] = "true",
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task UnsignedForgedAndNonAdministratorsReadNoAccount(string url)
    {
        await using var app = CorrectionsFixture.Create();
        using var unsignedClient = app.CreateBrowserlessClient();
        using var staff = await app.SignedInAsync(WorkbenchApplication.UserName);
        using var basinStaff = await app.SignedInAsync(CorrectionsFixture.Nord);

        var responses = new[]
        {
            await unsignedClient.GetAsync(url),
            await StaffSessionTests.GetWithCookieAsync(app, "CfDJ8" + new string('x', 200), url),
            await staff.GetAsync(url),
            await basinStaff.GetAsync(url),
        };

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/staff/sign-in", response.Headers.Location!.PathAndQuery);
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(CorrectionsFixture.Centre, body);
            Assert.DoesNotContain("__RequestVerificationToken", body);
        }
    }

    [Fact]
    public async Task AdministratorsReadTheAccounts()
    {
        await using var app = CorrectionsFixture.Create();
        using var admin = await app.SignedInAsync(CorrectionsFixture.Admin);
        foreach (var url in Reads)
        {
            var response = await admin.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.Contains(CorrectionsFixture.Centre, await admin.GetStringAsync("/staff/admin/accounts"));
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task UnsignedPostWithARealTokenChangesNothing(string url, string change)
    {
        await using var app = Create();
        var before = Snapshot(app);
        using var client = app.CreateBrowserlessClient();

        var response = await WorkbenchApplication.PostFormAsync(client, "/staff/sign-in", url, Fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/staff/sign-in", response.Headers.Location!.PathAndQuery);
        AssertUnchanged(app, before, change);
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task ForgedCookieChangesNothing(string url, string change)
    {
        await using var app = Create();
        var before = Snapshot(app);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(Fields) };
        request.Headers.Add("Cookie", $"{StaffExtensions.CookieName}=CfDJ8{new string('x', 200)}");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertUnchanged(app, before, change);
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task AdministratorPostWithoutAntiforgeryTokenChangesNothing(string url, string change)
    {
        await using var app = Create();
        var before = Snapshot(app);
        using var admin = await app.SignedInAsync(CorrectionsFixture.Admin);

        var response = await admin.PostAsync(url, new FormUrlEncodedContent(Fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertUnchanged(app, before, change);
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task StaffWhoAreNotAdministratorsChangeNothing(string url, string change)
    {
        await using var app = Create();
        var before = Snapshot(app);
        // alice works on every basin: the most a staff member can be without being an administrator.
        using var staff = await app.SignedInAsync(WorkbenchApplication.UserName);

        var response = await WorkbenchApplication.PostFormAsync(staff, "/staff/corrections", url, Fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/staff/sign-in", response.Headers.Location!.PathAndQuery);
        AssertUnchanged(app, before, change);
    }

    private static WorkbenchApplication Create()
    {
        var app = CorrectionsFixture.Create();
        app.Services.GetRequiredService<IStaffAccountStore>().SetDisabled(CorrectionsFixture.Centre, true);
        return app;
    }

    // Every account as stored, its password hash and security stamp included.
    private static string Snapshot(WorkbenchApplication app)
    {
        var store = (StaffAccountStore)app.Services.GetRequiredService<IStaffAccountStore>();
        return string.Join("\n", store.List().Select(a =>
            $"{a.UserName}|{a.IsAdmin}|{string.Join(",", a.Basins)}|{a.Disabled}|{a.SecurityStamp}|{store.StoredHash(a.UserName)}"));
    }

    private static void AssertUnchanged(WorkbenchApplication app, string before, string change)
    {
        Assert.True(before == Snapshot(app), $"the accounts changed ({change})");
        Assert.Empty(app.Audit().Find(new AuditQuery { Kind = AuditSubject.Account, IncludeAccounts = true }));
    }
}
