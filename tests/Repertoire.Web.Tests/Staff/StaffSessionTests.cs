using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Staff;
using Repertoire.Web.Infrastructure;
using Repertoire.Web.Staff;

namespace Repertoire.Web.Tests.Staff;

/// <summary>A session ends at once when the account signs out, changes its password, is disabled or removed: a copy
/// of the cookie taken before is refused on the next request.</summary>
public sealed class StaffSessionTests
{
    public static TheoryData<string> Endings => ["sign-out", "password", "disable", "remove-from-cli"];

    [Theory]
    [MemberData(nameof(Endings))]
    public async Task CopiedCookieStopsWorkingWhenTheSessionEnds(string ending)
    {
        await using var app = new WorkbenchApplication();
        var (signedIn, cookie) = await SignInWithCookieAsync(app);
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync(app, cookie, "/staff/alignment")).StatusCode);

        switch (ending)
        {
            case "sign-out":
                await WorkbenchApplication.PostFormAsync(signedIn, "/staff/alignment", "/staff/sign-out", []);
                break;
            case "password":
                app.Services.GetRequiredService<IStaffAccountStore>().SetPassword(WorkbenchApplication.UserName, "a new password");
                break;
            case "disable":
                app.Services.GetRequiredService<IStaffAccountStore>().SetDisabled(WorkbenchApplication.UserName, true);
                break;
            case "remove-from-cli":
                // The command line opens the same file with a store of its own, as `repertoire staff remove` does.
                using (var cli = new StaffAccountStore(AlignmentDataFiles.StaffDatabase(app.DataPath), iterations: 100_000))
                    Assert.True(cli.Remove(WorkbenchApplication.UserName));
                break;
        }

        var after = await GetWithCookieAsync(app, cookie, "/staff/alignment");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/staff/sign-in", after.Headers.Location!.PathAndQuery);
        // Nor can the old cookie post a decision.
        Assert.NotEqual(HttpStatusCode.OK, (await GetWithCookieAsync(app, cookie, "/staff/alignment?lang=nl")).StatusCode);
        signedIn.Dispose();
    }

    [Fact]
    public async Task ForgedCookieIsIgnored()
    {
        await using var app = new WorkbenchApplication();

        var response = await GetWithCookieAsync(app, "CfDJ8" + new string('A', 300), "/staff/alignment");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task ExpiredCookieSignedWithTheSiteKeyIsRefused()
    {
        await using var app = new WorkbenchApplication();
        var account = app.Services.GetRequiredService<IStaffAccountStore>().Find(WorkbenchApplication.UserName)!;
        var cookie = ProtectTicket(app, StaffSession.PrincipalOf(account), DateTimeOffset.UtcNow.AddHours(-1));
        var fresh = ProtectTicket(app, StaffSession.PrincipalOf(account), DateTimeOffset.UtcNow.AddHours(1));

        Assert.Equal(HttpStatusCode.Redirect, (await GetWithCookieAsync(app, cookie, "/staff/alignment")).StatusCode);
        // The same ticket, unexpired, is accepted: the refusal above is the expiry's doing.
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync(app, fresh, "/staff/alignment")).StatusCode);
    }

    [Fact]
    public async Task TicketWithAnOldStampIsRefused()
    {
        await using var app = new WorkbenchApplication();
        var account = app.Services.GetRequiredService<IStaffAccountStore>().Find(WorkbenchApplication.UserName)!;
        var cookie = ProtectTicket(app, StaffSession.PrincipalOf(account with { SecurityStamp = "0123456789ABCDEF0123456789ABCDEF" }), DateTimeOffset.UtcNow.AddHours(1));

        Assert.Equal(HttpStatusCode.Redirect, (await GetWithCookieAsync(app, cookie, "/staff/alignment")).StatusCode);
    }

    [Fact]
    public async Task StaffPagesAreNeverCompressed()
    {
        await using var app = new WorkbenchApplication();
        using var client = await app.SignedInClientAsync();
        client.DefaultRequestHeaders.Add("Accept-Encoding", "br, gzip");

        var signIn = await client.GetAsync("/staff/sign-in");
        var workbench = await client.GetAsync("/staff/alignment");

        Assert.Empty(signIn.Content.Headers.ContentEncoding);
        Assert.Empty(workbench.Content.Headers.ContentEncoding);
        Assert.Equal(HttpStatusCode.OK, workbench.StatusCode);
    }

    internal static async Task<(HttpClient Client, string Cookie)> SignInWithCookieAsync(WorkbenchApplication app, string user = WorkbenchApplication.UserName, string password = WorkbenchApplication.Password)
    {
        var client = app.CreateBrowserlessClient();
        var response = await WorkbenchApplication.SignInAsync(client, user, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var header = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(StaffExtensions.CookieName + "="));
        return (client, header[(StaffExtensions.CookieName.Length + 1)..header.IndexOf(';')]);
    }

    internal static async Task<HttpResponseMessage> GetWithCookieAsync(WorkbenchApplication app, string cookie, string url)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", $"{StaffExtensions.CookieName}={cookie}");
        return await client.SendAsync(request);
    }

    private static string ProtectTicket(WorkbenchApplication app, ClaimsPrincipal principal, DateTimeOffset expires)
    {
        var options = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);
        var properties = new AuthenticationProperties { IssuedUtc = expires.AddHours(-8), ExpiresUtc = expires };
        return options.TicketDataFormat.Protect(new AuthenticationTicket(principal, properties, CookieAuthenticationDefaults.AuthenticationScheme));
    }
}
