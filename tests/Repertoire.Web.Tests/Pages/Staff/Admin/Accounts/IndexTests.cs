using System.Net;
using Repertoire.Core.Audit;
using Repertoire.Web.Tests.Corrections;
using Repertoire.Web.Tests.Staff;

namespace Repertoire.Web.Tests.Pages.Staff.Admin.Accounts;

public sealed class IndexTests
{
    [Fact]
    public async Task ListsEveryAccountWithRoleBasinsAndStatus()
    {
        await using var app = CorrectionsFixture.Create();
        app.Accounts().SetDisabled(CorrectionsFixture.Centre, true);
        using var admin = await app.SignedInAsync(CorrectionsFixture.Admin);

        var (response, page) = await WorkbenchApplication.GetPageAsync(admin, "/staff/admin/accounts");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("tr.account-row").ToDictionary(r => r.GetAttribute("data-name")!, r => r.TextContent);
        Assert.Equal(["ada", "alice", "cesar", "nora"], rows.Keys.Order());
        Assert.Contains("Administrateur·rice", rows["ada"]);
        Assert.Contains("Tous les bassins", rows["alice"]);
        Assert.Contains("Désactivé", rows["cesar"]);
        Assert.Contains("Personnel", rows["nora"]);
        Assert.DoesNotContain("Tous les bassins", rows["nora"]);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task TheStaffMenuLinksTheAccountsForAdministratorsOnly()
    {
        await using var app = CorrectionsFixture.Create();
        using var admin = await app.SignedInAsync(CorrectionsFixture.Admin);
        using var staff = await app.SignedInAsync(WorkbenchApplication.UserName);

        var (_, adminPage) = await WorkbenchApplication.GetPageAsync(admin, "/staff/corrections?lang=nl");
        var (_, staffPage) = await WorkbenchApplication.GetPageAsync(staff, "/staff/corrections");

        var link = Assert.Single(adminPage.QuerySelectorAll(".staff-nav a[href^='/staff/admin/accounts']"));
        Assert.Equal("/staff/admin/accounts?lang=nl", link.GetAttribute("href"));
        Assert.Equal("Accounts", link.TextContent);
        Assert.Empty(staffPage.QuerySelectorAll(".staff-nav a[href^='/staff/admin']"));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(link.GetAttribute("href"))).StatusCode);
    }

    [Fact]
    public async Task AccountEntriesInTheAuditTrailAreForAdministratorsOnly()
    {
        await using var app = CorrectionsFixture.Create();
        using var admin = await app.SignedInAsync(CorrectionsFixture.Admin);
        using var staff = await app.SignedInAsync(WorkbenchApplication.UserName);
        await AccountsTestsSupport.PostAsync(admin, AccountsTestsSupport.Edit(CorrectionsFixture.Nord, "Disable"), []);

        Assert.Contains(AuditActions.AccountDisable, await admin.GetStringAsync("/staff/audit?format=csv"));
        Assert.DoesNotContain(AuditActions.AccountDisable, await staff.GetStringAsync("/staff/audit?format=csv"));
        Assert.DoesNotContain(AuditActions.AccountDisable, await staff.GetStringAsync("/staff/audit"));
    }
}
