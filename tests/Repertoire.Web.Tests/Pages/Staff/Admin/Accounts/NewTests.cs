using System.Net;
using Repertoire.Core.Alignment.Staff;
using Repertoire.Core.Audit;
using Repertoire.Web.Tests.Corrections;
using Repertoire.Web.Tests.Staff;

namespace Repertoire.Web.Tests.Pages.Staff.Admin.Accounts;

public sealed class NewTests
{
    [Fact]
    public async Task AdministratorCreatesAnAccountThatSignsInAndIsAudited()
    {
        await using var app = CorrectionsFixture.Create();
        using var admin = await app.SignedInAsync(CorrectionsFixture.Admin);

        var response = await AccountsTestsSupport.PostAsync(admin, "/staff/admin/accounts/new", new()
        {
            ["UserName"] = "dora", ["Password"] = AccountsTestsSupport.NewPassword, ["Confirm"] = AccountsTestsSupport.NewPassword,
            ["Role"] = "staff", ["Basins"] = CorrectionsFixture.ListingBasin,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff/admin/accounts/edit?name=dora&done=created", response.Headers.Location!.OriginalString);
        var dora = app.Accounts().Find("dora")!;
        Assert.False(dora.IsAdmin);
        Assert.Equal([CorrectionsFixture.ListingBasin], dora.Basins);
        using var signedIn = app.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.Redirect, (await WorkbenchApplication.SignInAsync(signedIn, "dora", AccountsTestsSupport.NewPassword)).StatusCode);
        var entry = Assert.Single(app.AccountEntries());
        Assert.Equal((CorrectionsFixture.Admin, AuditActions.AccountCreate, "dora", "role", (string?)null, "staff: nord-est"),
            (entry.Actor, entry.Action, entry.Subject, entry.Field, entry.Before, entry.After));
        Assert.True(DateTimeOffset.UtcNow - entry.At < TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task AnAdministratorWorksOnEveryBasin()
    {
        await using var app = CorrectionsFixture.Create();
        using var admin = await app.SignedInAsync(CorrectionsFixture.Admin);

        await AccountsTestsSupport.PostAsync(admin, "/staff/admin/accounts/new", new()
        {
            ["UserName"] = "dora", ["Password"] = AccountsTestsSupport.NewPassword, ["Confirm"] = AccountsTestsSupport.NewPassword,
            ["Role"] = "admin", ["Basins"] = CorrectionsFixture.ListingBasin,
        });

        var dora = app.Accounts().Find("dora")!;
        Assert.True(dora.IsAdmin);
        Assert.Empty(dora.Basins);
        Assert.Equal("admin", Assert.Single(app.AccountEntries()).After);
    }

    public static TheoryData<string, string, string, string, string> Refused => new()
    {
        // name, password, confirm, role, basin: each row breaks one rule.
        { "dora", "too short", "too short", "staff", "" },
        { "dora", AccountsTestsSupport.NewPassword, "another long enough password", "staff", "" },
        { "dora.explorer", "Dora.Explorer", "Dora.Explorer", "staff", "" },
        { "two words", AccountsTestsSupport.NewPassword, AccountsTestsSupport.NewPassword, "staff", "" },
        { "", AccountsTestsSupport.NewPassword, AccountsTestsSupport.NewPassword, "staff", "" },
        { "dora", AccountsTestsSupport.NewPassword, AccountsTestsSupport.NewPassword, "root", "" },
        { "dora", AccountsTestsSupport.NewPassword, AccountsTestsSupport.NewPassword, "staff", "atlantis" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task BadInputIsRefusedWithNothingCreated(string name, string password, string confirm, string role, string basin)
    {
        await using var app = CorrectionsFixture.Create();
        using var admin = await app.SignedInAsync(CorrectionsFixture.Admin);
        var before = app.Accounts().List().Count;
        var fields = new Dictionary<string, string> { ["UserName"] = name, ["Password"] = password, ["Confirm"] = confirm, ["Role"] = role };
        if (basin.Length > 0) fields["Basins"] = basin;

        var response = await AccountsTestsSupport.PostAsync(admin, "/staff/admin/accounts/new", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("staff-message--error", body);
        Assert.DoesNotContain(password, body);
        Assert.Equal(before, app.Accounts().List().Count);
        Assert.Empty(app.AccountEntries());
    }

    [Fact]
    public async Task AnExistingNameIsNeverOverwritten()
    {
        await using var app = CorrectionsFixture.Create();
        using var admin = await app.SignedInAsync(CorrectionsFixture.Admin);
        var nora = app.Accounts().Find(CorrectionsFixture.Nord)!;

        var response = await AccountsTestsSupport.PostAsync(admin, "/staff/admin/accounts/new", new()
        {
            ["UserName"] = "NORA", ["Password"] = AccountsTestsSupport.NewPassword, ["Confirm"] = AccountsTestsSupport.NewPassword, ["Role"] = "admin",
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var after = app.Accounts().Find(CorrectionsFixture.Nord)!;
        Assert.Equal((nora.IsAdmin, nora.SecurityStamp), (after.IsAdmin, after.SecurityStamp));
        Assert.Equal(nora.Basins, after.Basins);
        Assert.NotNull(app.Accounts().Authenticate(CorrectionsFixture.Nord, CorrectionsFixture.Password));
        Assert.Empty(app.AccountEntries());
    }

    [Fact]
    public async Task TheFormIsInDutchToo()
    {
        await using var app = CorrectionsFixture.Create();
        using var admin = await app.SignedInAsync(CorrectionsFixture.Admin);

        var page = await admin.GetStringAsync("/staff/admin/accounts/new?lang=nl");

        Assert.Contains("Nieuw account", page);
        Assert.Contains("Wachtwoord (nogmaals)", page);
        Assert.Contains("lang=\"nl-BE\"", page);
    }
}
