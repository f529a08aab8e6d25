using System.Text.Json;
using Microsoft.Playwright;
using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Staff;
using Repertoire.Tests;

namespace Repertoire.Browser.Tests;

/// <summary>The staff workbench in a browser: sign in, confirm one proposal, reject another, see the result.</summary>
[Collection(SiteCollection.Name)]
public sealed class WorkbenchTests(SiteFixture site)
{
    private const string UserName = "browser-staff";
    private const string Password = "a long browser test password";

    [Fact]
    public async Task StaffSignsInConfirmsOneProposalAndRejectsAnother()
    {
        InstallExportsAndAccount();
        var page = await site.NewPageAsync();
        // The axe runs and the first alignment are slow on a loaded machine; a failure must still close the page.
        page.SetDefaultTimeout(30_000);
        try
        {
            await SignInConfirmAndRejectAsync(page);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private async Task SignInConfirmAndRejectAsync(IPage page)
    {
        // Computing the alignment once before the clock of the first navigation starts.
        Assert.True((await page.APIRequest.GetAsync("/api/v1/alignment/crosswalk")).Ok);

        // Unsigned: the workbench sends the visitor to the sign-in page.
        await page.GotoAsync("/staff/alignment");
        Assert.StartsWith(site.Url("/staff/sign-in"), page.Url);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "staff-sign-in");

        await page.GetByLabel("Nom d'utilisateur").FillAsync(UserName);
        await page.GetByLabel("Mot de passe").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Nom d'utilisateur ou mot de passe incorrect.");

        await page.GetByLabel("Mot de passe").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync(site.Url("/staff/alignment"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Alignement Bruxelles-Social – De Sociale Kaart");
        await Assertions.Expect(page.Locator(".staff-tabs__tab[aria-current=page]")).ToContainTextAsync("À examiner");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "staff-alignment-list");

        // Confirm the first proposal to review.
        var first = page.Locator("tr.staff-row").First;
        var confirmed = (await first.GetAttributeAsync("data-bs"), await first.GetAttributeAsync("data-sk"));
        await first.Locator("a.staff-row__open").ClickAsync();
        await Assertions.Expect(page.Locator("table.staff-compare")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "staff-alignment-pair");
        await page.GetByLabel("Note").FillAsync("Même site, vérifié par téléphone.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer la paire" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Paire confirmée.");
        await Assertions.Expect(page.Locator(".status-badge")).ToHaveTextAsync("Confirmée");
        await Assertions.Expect(page.Locator(".staff-history")).ToContainTextAsync("par " + UserName);

        // Reject another one.
        await page.GetByRole(AriaRole.Link, new() { Name = "Retour aux propositions" }).ClickAsync();
        await page.GotoAsync("/staff/alignment?status=review");
        var other = page.Locator("tr.staff-row").First;
        var rejected = (await other.GetAttributeAsync("data-bs"), await other.GetAttributeAsync("data-sk"));
        Assert.NotEqual(confirmed, rejected);
        await other.Locator("a.staff-row__open").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Rejeter la paire" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Paire rejetée : elle ne sera plus proposée.");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "staff-alignment-rejected");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nederlands" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl-BE");
        await Assertions.Expect(page.Locator(".status-badge")).ToHaveTextAsync("Afgewezen");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "staff-alignment-rejected-nl");

        // The result: each pair under its new status, and the published crosswalk says so.
        await page.GotoAsync("/staff/alignment?status=confirmed");
        await Assertions.Expect(Row(page, confirmed)).ToHaveCountAsync(1);
        await page.GotoAsync("/staff/alignment?status=rejected");
        await Assertions.Expect(Row(page, rejected)).ToHaveCountAsync(1);
        await page.GotoAsync("/staff/alignment?status=review");
        await Assertions.Expect(Row(page, rejected)).ToHaveCountAsync(0);

        var crosswalk = await page.APIRequest.GetAsync("/api/v1/alignment/crosswalk");
        using var json = JsonDocument.Parse(await crosswalk.TextAsync());
        var statuses = json.RootElement.GetProperty("pairs").EnumerateArray()
            .ToDictionary(p => (p.GetProperty("bruxelles_social").GetString(), p.GetProperty("sociale_kaart").GetString()), p => p.GetProperty("status").GetString());
        Assert.Equal("confirmed", statuses[confirmed]);
        Assert.Equal("rejected", statuses[rejected]);

        await page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).ClickAsync();
        await page.WaitForURLAsync(site.Url("/staff/sign-in"));
    }

    [Fact]
    public async Task UnsignedVisitorCannotReachAPairOrPostADecision()
    {
        InstallExportsAndAccount();
        var page = await site.NewPageAsync();
        try
        {
            await page.GotoAsync("/staff/alignment/pair?bs=1&sk=2&lang=nl");
            Assert.StartsWith(site.Url("/staff/sign-in"), page.Url);

            var post = await page.APIRequest.PostAsync("/staff/alignment/pair?bs=1&sk=2&handler=Reject",
                new() { MaxRedirects = 0, Form = page.APIRequest.CreateFormData().Set("Note", "x") });
            Assert.Equal(302, post.Status);
            Assert.StartsWith("/staff/sign-in", new Uri(post.Headers["location"]).PathAndQuery);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private static ILocator Row(IPage page, (string? Bs, string? Sk) pair) =>
        page.Locator($"tr.staff-row[data-bs='{pair.Bs}'][data-sk='{pair.Sk}']");

    // The fixture's site starts without exports; the workbench notices files that appear in its data folder.
    private void InstallExportsAndAccount()
    {
        var folder = Path.Combine(site.DataPath, AlignmentDataFiles.ExportsFolderName);
        Directory.CreateDirectory(folder);
        var samples = TestPaths.AlignmentSamples;
        foreach (var name in new[] { AlignmentDataFiles.BruxellesSocialExportName, AlignmentDataFiles.SocialeKaartExportName })
        {
            var target = Path.Combine(folder, name);
            if (!File.Exists(target)) File.Copy(Path.Combine(samples, name), target);
        }
        using var accounts = new StaffAccountStore(AlignmentDataFiles.StaffDatabase(site.DataPath), iterations: 100_000);
        accounts.Add(UserName, Password);
    }
}
