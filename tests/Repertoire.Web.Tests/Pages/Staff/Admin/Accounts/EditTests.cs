using System.Net;
using Repertoire.Core.Audit;
using Repertoire.Web.Tests.Corrections;
using Repertoire.Web.Tests.Staff;

namespace Repertoire.Web.Tests.Pages.Staff.Admin.Accounts;

/// <summary>The account page: each change reaches the store, the audit trail (who, before, after) and, where it
/// must, the account's open sessions.</summary>
public sealed class EditTests
{
    private const string ListingPage = "/staff/listing?id=" + CorrectionsFixture.Listing;

    [Fact]
    public async Task DisablingEndsTheSessionsAndEnablingLetsTheAccountBack()
    {
        await using var app = CorrectionsFixture.Create();
        using var admin = await app.SignedInAsync(CorrectionsFixture.Admin);
        using var nora = await app.SignedInAsync(CorrectionsFixture.Nord);
        Assert.Equal(HttpStatusCode.OK, (await nora.GetAsync(ListingPage)).StatusCode);

        var disabled = await AccountsTestsSupport.PostAsync(admin, AccountsTestsSupport.Edit(CorrectionsFixture.Nord, "Disable"), []);

        Assert.Equal("/staff/admin/accounts/edit?name=nora&done=disabled", disabled.Headers.Location!.OriginalString);
        Assert.True(app.Accounts().Find(CorrectionsFixture.Nord)!.Disabled);
        AssertSignedOut(await nora.GetAsync(ListingPage));
        using var again = app.CreateBrowserlessClient();
        Assert.NotEqual(HttpStatusCode.Redirect, (await WorkbenchApplication.SignInAsync(again, CorrectionsFixture.Nord, CorrectionsFixture.Password)).StatusCode);

        await AccountsTestsSupport.PostAsync(admin, AccountsTestsSupport.Edit(CorrectionsFixture.Nord, "Enable"), []);

        Assert.False(app.Accounts().Find(CorrectionsFixture.Nord)!.Disabled);
        Assert.Equal(HttpStatusCode.Redirect, (await WorkbenchApplication.SignInAsync(again, CorrectionsFixture.Nord, CorrectionsFixture.Password)).StatusCode);
        var entries = app.AccountEntries();
        Assert.Equal([AuditActions.AccountEnable, AuditActions.AccountDisable], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal((CorrectionsFixture.Admin, CorrectionsFixture.Nord, "disabled"), (e.Actor, e.Subject, e.Field)));
        Assert.Equal(("false", "true"), (entries[1].Before, entries[1].After));
        Assert.Equal(("true", "false"), (entries[0].Before, entries[0].After));
    }

    [Fact]
    public async Task ANewPasswordEndsTheSessionsAndIsNeverRecorded()
    {
        await using var app = CorrectionsFixture.Create();
        using var admin = await app.SignedInAsync(CorrectionsFixture.Admin);
        using var nora = await app.SignedInAsync(CorrectionsFixture.Nord);

        var response = await AccountsTestsSupport.PostAsync(admin, AccountsTestsSupport.Edit(CorrectionsFixture.Nord, "Password"),
            new() { ["Password"] = AccountsTestsSupport.NewPassword, ["Confirm"] = AccountsTestsSupport.NewPassword });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertSignedOut(await nora.GetAsync(ListingPage));
        Assert.Null(app.Accounts().Authenticate(CorrectionsFixture.Nord, CorrectionsFixture.Password));
        Assert.NotNull(app.Accounts().Authenticate(CorrectionsFixture.Nord, AccountsTestsSupport.NewPassword));
        var entry = Assert.Single(app.AccountEntries());
        Assert.Equal((AuditActions.AccountPassword, CorrectionsFixture.Nord, "password", (string?)null, (string?)null),
            (entry.Action, entry.Subject, entry.Field, entry.Before, entry.After));
        Assert.DoesNotContain(AccountsTestsSupport.NewPassword, await admin.GetStringAsync("/staff/audit?format=csv"));
    }

    [Fact]
    public async Task AWeakOrMistypedPasswordChangesNothing()
    {
        await using var app = CorrectionsFixture.Create();
        using var admin = await app.SignedInAsync(CorrectionsFixture.Admin);
        var stamp = app.Accounts().Find(CorrectionsFixture.Nord)!.SecurityStamp;

        var weak = await AccountsTestsSupport.PostAsync(admin, AccountsTestsSupport.Edit(CorrectionsFixture.Nord, "Password"),
            new() { ["Password"] = "short", ["Confirm"] = "short" });
        var mistyped = await AccountsTestsSupport.PostAsync(admin, AccountsTestsSupport.Edit(CorrectionsFixture.Nord, "Password"),
            new() { ["Password"] = AccountsTestsSupport.NewPassword, ["Confirm"] = AccountsTestsSupport.NewPassword + "!" });

        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, mistyped.StatusCode);
        Assert.Equal(stamp, app.Accounts().Find(CorrectionsFixture.Nord)!.SecurityStamp);
        Assert.NotNull(app.Accounts().Authenticate(CorrectionsFixture.Nord, CorrectionsFixture.Password));
        Assert.Empty(app.AccountEntries());
    }

    [Fact]
    public async Task NewBasinsApplyOnTheNextRequestOfTheSameSession()
    {
        await using var app = CorrectionsFixture.Create();
        using var admin = await app.SignedInAsync(CorrectionsFixture.Admin);
        using var nora = await app.SignedInAsync(CorrectionsFixture.Nord);
        Assert.Equal(HttpStatusCode.OK, (await nora.GetAsync(ListingPage)).StatusCode);

        await AccountsTestsSupport.PostAsync(admin, AccountsTestsSupport.Edit(CorrectionsFixture.Nord, "Role"), new() { ["Role"] = "staff", ["Basins"] = "centre-ouest" });

        Assert.Equal(["centre-ouest"], app.Accounts().Find(CorrectionsFixture.Nord)!.Basins);
        Assert.Equal(HttpStatusCode.Forbidden, (await nora.GetAsync(ListingPage)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await nora.GetAsync("/staff/corrections")).StatusCode);
        var entry = Assert.Single(app.AccountEntries());
        Assert.Equal((AuditActions.AccountRole, "role", "staff: nord-est", "staff: centre-ouest"), (entry.Action, entry.Field, entry.Before, entry.After));
    }

    [Fact]
    public async Task PromotionAndDemotionApplyOnTheNextRequest()
    {
        await using var app = CorrectionsFixture.Create();
        using var admin = await app.SignedInAsync(CorrectionsFixture.Admin);
        using var nora = await app.SignedInAsync(CorrectionsFixture.Nord);

        await AccountsTestsSupport.PostAsync(admin, AccountsTestsSupport.Edit(CorrectionsFixture.Nord, "Role"), new() { ["Role"] = "admin" });
        Assert.Equal(HttpStatusCode.OK, (await nora.GetAsync("/staff/admin/accounts")).StatusCode);

        await AccountsTestsSupport.PostAsync(admin, AccountsTestsSupport.Edit(CorrectionsFixture.Nord, "Role"), new() { ["Role"] = "staff", ["Basins"] = "nord-est" });
        Assert.Equal(HttpStatusCode.Redirect, (await nora.GetAsync("/staff/admin/accounts")).StatusCode);

        Assert.Equal([("staff: nord-est", "admin"), ("admin", "staff: nord-est")],
            app.AccountEntries().Reverse().Select(e => (e.Before!, e.After!)));
    }

    [Fact]
    public async Task RemovalNeedsConfirmationThenEndsTheSessions()
    {
        await using var app = CorrectionsFixture.Create();
        using var admin = await app.SignedInAsync(CorrectionsFixture.Admin);
        using var nora = await app.SignedInAsync(CorrectionsFixture.Nord);

        var unconfirmed = await AccountsTestsSupport.PostAsync(admin, AccountsTestsSupport.Edit(CorrectionsFixture.Nord, "Remove"), []);
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.NotNull(app.Accounts().Find(CorrectionsFixture.Nord));

        var removed = await AccountsTestsSupport.PostAsync(admin, AccountsTestsSupport.Edit(CorrectionsFixture.Nord, "Remove"), new() { ["ConfirmRemove"] = "true" });

        Assert.Equal("/staff/admin/accounts?done=removed", removed.Headers.Location!.OriginalString);
        Assert.Null(app.Accounts().Find(CorrectionsFixture.Nord));
        AssertSignedOut(await nora.GetAsync(ListingPage));
        var entry = Assert.Single(app.AccountEntries());
        Assert.Equal((AuditActions.AccountRemove, CorrectionsFixture.Nord, "staff: nord-est", (string?)null), (entry.Action, entry.Subject, entry.Before, entry.After));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/staff/admin/accounts/edit?name=nora")).StatusCode);
    }

    [Fact]
    public async Task TheLastAdministratorCannotBeDisabledRemovedOrDemoted()
    {
        await using var app = CorrectionsFixture.Create();
        using var admin = await app.SignedInAsync(CorrectionsFixture.Admin);
        var stamp = app.Accounts().Find(CorrectionsFixture.Admin)!.SecurityStamp;

        foreach (var (handler, fields) in new (string, Dictionary<string, string>)[]
                 {
                     ("Disable", []), ("Remove", new() { ["ConfirmRemove"] = "true" }), ("Role", new() { ["Role"] = "staff" }),
                 })
        {
            var response = await AccountsTestsSupport.PostAsync(admin, AccountsTestsSupport.Edit(CorrectionsFixture.Admin, handler), fields);
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        }

        var ada = app.Accounts().Find(CorrectionsFixture.Admin)!;
        Assert.Equal((true, false, stamp), (ada.IsAdmin, ada.Disabled, ada.SecurityStamp));
        Assert.Empty(app.AccountEntries());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/staff/admin/accounts")).StatusCode);
    }

    [Fact]
    public async Task AnAdministratorWhoDisablesTheirOwnAccountIsSignedOut()
    {
        await using var app = CorrectionsFixture.Create();
        app.Accounts().SetRole(CorrectionsFixture.Nord, isAdmin: true, []);
        using var admin = await app.SignedInAsync(CorrectionsFixture.Admin);

        var response = await AccountsTestsSupport.PostAsync(admin, AccountsTestsSupport.Edit(CorrectionsFixture.Admin, "Disable"), []);

        AssertSignedOut(response);
        Assert.True(app.Accounts().Find(CorrectionsFixture.Admin)!.Disabled);
        AssertSignedOut(await admin.GetAsync("/staff/admin/accounts"));
    }

    [Fact]
    public async Task TheHistoryShowsTheAccountsEntries()
    {
        await using var app = CorrectionsFixture.Create();
        using var admin = await app.SignedInAsync(CorrectionsFixture.Admin);
        await AccountsTestsSupport.PostAsync(admin, AccountsTestsSupport.Edit(CorrectionsFixture.Nord, "Disable"), []);

        var (_, page) = await WorkbenchApplication.GetPageAsync(admin, "/staff/admin/accounts/edit?name=nora&lang=nl");

        var row = Assert.Single(page.QuerySelectorAll("tr.audit-row"));
        Assert.Equal(AuditActions.AccountDisable, row.GetAttribute("data-action"));
        Assert.Contains("Account uitgeschakeld", row.TextContent);
    }

    private static void AssertSignedOut(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // The sign-in challenge redirects to an absolute URL, the pages' own redirects are relative.
        var location = response.Headers.Location!;
        Assert.StartsWith("/staff/sign-in", location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString);
    }
}
