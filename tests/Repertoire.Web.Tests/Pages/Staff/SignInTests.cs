using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Repertoire.Core.Alignment.Staff;
using Repertoire.Web.Infrastructure;
using Repertoire.Web.Tests.Staff;

namespace Repertoire.Web.Tests.Pages.Staff;

public sealed class SignInTests
{
    [Theory]
    [InlineData("/staff/alignment")]
    [InlineData("/staff/alignment?status=rejected&lang=nl")]
    [InlineData("/staff/alignment/pair?bs=10930&sk=b57f417a-a557-4312-8aa4-24d0e177c517")]
    [InlineData("/staff/sign-out")]
    public async Task UnsignedVisitorIsSentToSignIn(string url)
    {
        await using var app = new WorkbenchApplication();
        using var client = app.CreateBrowserlessClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/staff/sign-in?ReturnUrl=", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task SignInPageIsOpenAndBilingual()
    {
        await using var app = new WorkbenchApplication();
        using var client = app.CreateBrowserlessClient();

        var (fr, frPage) = await WorkbenchApplication.GetPageAsync(client, "/staff/sign-in");
        var (_, nlPage) = await WorkbenchApplication.GetPageAsync(client, "/staff/sign-in?lang=nl");

        Assert.Equal(HttpStatusCode.OK, fr.StatusCode);
        Assert.Equal("fr-BE", frPage.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Connexion du personnel", frPage.QuerySelector("h1")!.TextContent);
        Assert.Equal("nl-BE", nlPage.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Aanmelden voor personeel", nlPage.QuerySelector("h1")!.TextContent);
        Assert.True(fr.Headers.CacheControl!.NoStore);
    }

    [Theory]
    [InlineData(WorkbenchApplication.UserName, "wrong password")]
    [InlineData("mallory", WorkbenchApplication.Password)]
    [InlineData(WorkbenchApplication.UserName, "")]
    public async Task WrongCredentialsFailWithOneGenericMessage(string user, string password)
    {
        await using var app = new WorkbenchApplication();
        using var client = app.CreateBrowserlessClient();

        var response = await WorkbenchApplication.SignInAsync(client, user, password);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nom d&#x27;utilisateur ou mot de passe incorrect.", html);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith(StaffExtensions.CookieName));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff/alignment")).StatusCode);
    }

    [Fact]
    public async Task AccountFromTheStoreSignsInWithAStrictHttpOnlyCookie()
    {
        await using var app = new WorkbenchApplication();
        using var client = app.CreateBrowserlessClient();

        var response = await WorkbenchApplication.SignInAsync(client, "ALICE", WorkbenchApplication.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff/alignment", response.Headers.Location!.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(StaffExtensions.CookieName + "="));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var (list, page) = await WorkbenchApplication.GetPageAsync(client, "/staff/alignment");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        // The account's own spelling, whatever the case typed.
        Assert.Contains("alice", page.QuerySelector(".staff-nav__user")!.TextContent);
    }

    [Theory]
    [InlineData("/staff/alignment?status=auto", "/staff/alignment?status=auto")]
    [InlineData("https://evil.example/steal", "/staff/alignment")]
    [InlineData("//evil.example/steal", "/staff/alignment")]
    public async Task SignInReturnsOnlyToLocalPages(string returnUrl, string expected)
    {
        await using var app = new WorkbenchApplication();
        using var client = app.CreateBrowserlessClient();

        var response = await WorkbenchApplication.SignInAsync(client, WorkbenchApplication.UserName, WorkbenchApplication.Password,
            "/staff/sign-in?ReturnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task RepeatedFailuresLockTheClientOutEvenWithTheRightPassword()
    {
        await using var app = new WorkbenchApplication(settings: new() { ["Repertoire:Alignment:MaxSignInFailures"] = "3" });
        using var client = app.CreateBrowserlessClient();

        for (var i = 0; i < 3; i++) await WorkbenchApplication.SignInAsync(client, WorkbenchApplication.UserName, "guess " + i);
        var response = await WorkbenchApplication.SignInAsync(client, WorkbenchApplication.UserName, WorkbenchApplication.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("Trop de tentatives", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff/alignment")).StatusCode);
    }

    [Fact]
    public async Task AnotherAccountsSuccessDoesNotUnlockTheAddress()
    {
        await using var app = new WorkbenchApplication(settings: new() { ["Repertoire:Alignment:MaxSignInFailures"] = "3" });
        app.Services.GetRequiredService<IStaffAccountStore>().Add("mallory", "mallory's own password");
        using var client = app.CreateBrowserlessClient();

        await WorkbenchApplication.SignInAsync(client, WorkbenchApplication.UserName, "guess 1");
        await WorkbenchApplication.SignInAsync(client, WorkbenchApplication.UserName, "guess 2");
        Assert.Equal(HttpStatusCode.Redirect, (await WorkbenchApplication.SignInAsync(app.CreateBrowserlessClient(), "mallory", "mallory's own password")).StatusCode);
        await WorkbenchApplication.SignInAsync(client, WorkbenchApplication.UserName, "guess 3");
        var response = await WorkbenchApplication.SignInAsync(client, WorkbenchApplication.UserName, WorkbenchApplication.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    [Fact]
    public async Task BurstBeyondThePasswordCheckGateIsAnswered429WithoutHashing()
    {
        await using var app = new WorkbenchApplication(settings: new()
        {
            ["Repertoire:Alignment:ConcurrentPasswordChecks"] = "1",
            ["Repertoire:Alignment:QueuedPasswordChecks"] = "0",
            ["Repertoire:Alignment:MaxSignInFailures"] = "1000",
            ["Repertoire:Alignment:MaxSignInFailuresPerAccount"] = "1000",
        });
        using var client = app.CreateBrowserlessClient();
        await client.GetStringAsync("/staff/sign-in");

        var attempts = Enumerable.Range(0, 12).Select(i => WorkbenchApplication.SignInAsync(app.CreateBrowserlessClient(), "user" + i, "wrong " + i));
        var responses = await Task.WhenAll(attempts);

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(refused);
        Assert.Contains("Trop de connexions en cours", await refused[0].Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignInWithoutAntiforgeryTokenIsRefused()
    {
        await using var app = new WorkbenchApplication();
        using var client = app.CreateBrowserlessClient();

        var response = await client.PostAsync("/staff/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = WorkbenchApplication.UserName, ["Password"] = WorkbenchApplication.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(StaffExtensions.CookieName)));
    }

    [Fact]
    public async Task SignOutEndsTheSession()
    {
        await using var app = new WorkbenchApplication();
        using var client = await app.SignedInClientAsync();

        var response = await WorkbenchApplication.PostFormAsync(client, "/staff/alignment", "/staff/sign-out", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff/sign-in", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff/alignment")).StatusCode);
    }
}
