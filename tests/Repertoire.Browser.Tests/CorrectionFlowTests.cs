using Microsoft.Playwright;
using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Staff;
using Repertoire.Tests;

namespace Repertoire.Browser.Tests;

/// <summary>The site on a writable copy of the fixture content, so accepted corrections can change its files.</summary>
public sealed class CorrectionSiteFixture() : SiteFixture(TestPaths.CopyToTemp(TestPaths.FixtureContent));

/// <summary>A visitor reports an error in French; a staff member assigned to the listing's basin accepts it in the
/// Dutch interface; the public page shows the new value and verification date; the audit shows both steps; the
/// file's diff touches only that field (and the verification line).</summary>
public sealed class CorrectionFlowTests(CorrectionSiteFixture site) : IClassFixture<CorrectionSiteFixture>
{
    private const string Listing = "epicerie-test-schaerbeek";
    private const string Staff = "nora-browser";
    private const string Password = "a long browser test password";
    private const string NewPhone = "02 555 55 55";

    [Fact]
    public async Task VisitorReportsInFrenchAndBasinStaffAcceptsInDutch()
    {
        using (var accounts = new StaffAccountStore(AlignmentDataFiles.StaffDatabase(site.DataPath), iterations: 100_000))
            accounts.Add(Staff, Password, basins: ["nord-est"]);
        var file = Path.Combine(site.ContentPath, "organisations", Listing + ".md");
        var before = await File.ReadAllTextAsync(file);
        var visitor = await site.NewPageAsync();
        var staff = await site.NewPageAsync(locale: "nl-BE");
        visitor.SetDefaultTimeout(30_000);
        staff.SetDefaultTimeout(30_000);
        try
        {
            // The visitor, in French.
            await visitor.GotoAsync($"/fr/organisations/{Listing}");
            await visitor.GetByRole(AriaRole.Link, new() { Name = "Signaler une erreur" }).ClickAsync();
            await visitor.GetByLabel("Quelle information ?").SelectOptionAsync("phones");
            await visitor.GetByLabel("Qu'est-ce qui est faux ?").FillAsync("Le numéro ne répond plus.");
            await visitor.GetByLabel("La bonne information").FillAsync(NewPhone);
            await visitor.GetByRole(AriaRole.Button, new() { Name = "Envoyer le signalement" }).ClickAsync();
            await Assertions.Expect(visitor.GetByRole(AriaRole.Status)).ToContainTextAsync("Merci");
            await Screenshots.SaveAsync(visitor, "report-sent");

            // Staff of the Nord-Est basin, in Dutch.
            await staff.GotoAsync("/staff/sign-in?lang=nl");
            await staff.GetByLabel("Gebruikersnaam").FillAsync(Staff);
            await staff.GetByLabel("Wachtwoord").FillAsync(Password);
            await staff.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
            await staff.WaitForURLAsync(url => !url.Contains("sign-in"));
            await staff.GotoAsync("/staff/corrections?lang=nl");
            var row = staff.Locator($"tr.correction-row[data-listing='{Listing}']");
            await Assertions.Expect(row.Locator(".correction-current")).ToHaveTextAsync("02/000.00.01");
            await Assertions.Expect(row.Locator(".correction-proposed")).ToHaveTextAsync(NewPhone);
            await Screenshots.SaveAsync(staff, "corrections-queue-nl");
            await row.Locator("a.staff-row__open").ClickAsync();
            await staff.GetByRole(AriaRole.Button, new() { Name = "Aanvaarden en fiche bijwerken" }).ClickAsync();
            await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("Correctie aanvaard");

            // The public page, within seconds.
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels")).DateTime);
            await visitor.GotoAsync($"/fr/organisations/{Listing}");
            await Assertions.Expect(visitor.Locator(".listing__phone")).ToContainTextAsync(NewPhone, new() { Timeout = 5_000 });
            await Assertions.Expect(visitor.Locator($".listing__verified time[datetime='{today:yyyy-MM-dd}']")).ToHaveCountAsync(1);

            // The audit shows the report and the decision.
            await staff.GotoAsync($"/staff/audit?lang=nl&listing={Listing}");
            await Assertions.Expect(staff.Locator("tr.audit-row[data-action=report]")).ToHaveCountAsync(1);
            await Assertions.Expect(staff.Locator("tr.audit-row[data-action=accept] .audit-after")).ToHaveTextAsync(NewPhone);
            await Screenshots.SaveAsync(staff, "audit-nl");

            // The file: only the phone line and the verification line changed.
            var after = await File.ReadAllTextAsync(file);
            var removed = before.Split('\n').Except(after.Split('\n')).ToList();
            var added = after.Split('\n').Except(before.Split('\n')).ToList();
            Assert.Equal(["phones: [\"02/000.00.01\"]", "updated: 2026-09-01"], removed);
            Assert.Equal(["phones: [02 555 55 55]", $"verified: {{date: {today:yyyy-MM-dd}, by: {Staff}}}"], added);
            Assert.Equal(before.Split('\n').Length, after.Split('\n').Length);
        }
        finally
        {
            await visitor.CloseAsync();
            await staff.CloseAsync();
        }
    }
}
