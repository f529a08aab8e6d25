using System.Net;
using Repertoire.Core.Audit;
using Repertoire.Core.Corrections;
using Repertoire.Web.Tests.Corrections;
using Repertoire.Web.Tests.Staff;

namespace Repertoire.Web.Tests.Pages.Staff.Corrections;

public sealed class ItemTests
{
    [Fact]
    public async Task QueueShowsTheCurrentValueBesideTheProposedOne()
    {
        await using var app = CorrectionsFixture.Create();
        app.Submit();
        using var staff = await app.SignedInAsync(CorrectionsFixture.Nord);

        var (response, page) = await WorkbenchApplication.GetPageAsync(staff, "/staff/corrections");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(page.QuerySelectorAll("tr.correction-row"));
        Assert.Equal("02/000.00.01", row.QuerySelector(".correction-current")!.TextContent);
        Assert.Equal("02 999 99 99", row.QuerySelector(".correction-proposed")!.TextContent);
    }

    [Fact]
    public async Task AcceptingWritesOnlyThatFieldAndTheVerificationAndTheSiteShowsIt()
    {
        await using var app = CorrectionsFixture.Create();
        var before = File.ReadAllText(app.ListingFile());
        var correction = app.Submit();
        using var staff = await app.SignedInAsync(CorrectionsFixture.Nord);

        var response = await WorkbenchApplication.PostFormAsync(staff, $"/staff/corrections/item?id={correction.Id}&lang=nl",
            $"/staff/corrections/item?id={correction.Id}&handler=Accept&lang=nl",
            new() { ["TargetField"] = "phones", ["Value"] = "02 999 99 99", ["MarkVerified"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff/corrections?done=accepted&lang=nl", response.Headers.Location!.OriginalString);
        var after = File.ReadAllText(app.ListingFile());
        var removed = before.Split('\n').Except(after.Split('\n')).ToList();
        var added = after.Split('\n').Except(before.Split('\n')).ToList();
        Assert.Equal(["phones: [\"02/000.00.01\"]", "updated: 2026-09-01"], removed);
        Assert.Equal(2, added.Count);
        Assert.Equal("phones: [02 999 99 99]", added[0]);
        Assert.Matches(@"^verified: \{date: \d{4}-\d{2}-\d{2}, by: nora\}$", added[1]);
        Assert.Equal(CorrectionStatus.Accepted, app.Corrections().Find(correction.Id)!.Status);
        var (_, page) = await WorkbenchApplication.GetPageAsync(app.CreateBrowserlessClient(), "/fr/organisations/epicerie-test-schaerbeek");
        Assert.Contains("02 999 99 99", page.QuerySelector(".listing__phone")!.TextContent);
        var actions = app.Audit().Find(new AuditQuery { Subject = CorrectionsFixture.Listing }).Select(e => (e.Action, e.Actor)).ToList();
        Assert.Equal([(AuditActions.Verify, "nora"), (AuditActions.Accept, "nora"), (AuditActions.Report, AuditEntry.Visitor)], actions);
        var accept = app.Audit().Find(new AuditQuery { Subject = CorrectionsFixture.Listing })[1];
        Assert.Equal(("phones", "02/000.00.01", "02 999 99 99"), (accept.Field, accept.Before, accept.After));
    }

    [Fact]
    public async Task AcceptedValueCanBeEditedAndOnlyOneDecisionWins()
    {
        await using var app = CorrectionsFixture.Create();
        var correction = app.Submit(field: "name", proposed: "Epicerie");
        using var staff = await app.SignedInAsync(CorrectionsFixture.Nord);
        var page = $"/staff/corrections/item?id={correction.Id}";

        var first = await WorkbenchApplication.PostFormAsync(staff, page, page + "&handler=Accept",
            new() { ["TargetField"] = "name", ["Value"] = "Épicerie sociale Schaerbeek", ["MarkVerified"] = "false" });
        var second = await WorkbenchApplication.PostFormAsync(staff, page, page + "&handler=Reject", new() { ["Note"] = "too late" });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("  fr: Épicerie sociale Schaerbeek\n", File.ReadAllText(app.ListingFile()));
        Assert.DoesNotContain("verified", File.ReadAllText(app.ListingFile()));
        Assert.Equal("Épicerie sociale Schaerbeek", app.Corrections().Find(correction.Id)!.AppliedValue);
    }

    [Fact]
    public async Task RejectNeedsAReasonAndChangesNoFile()
    {
        await using var app = CorrectionsFixture.Create();
        var before = File.ReadAllText(app.ListingFile());
        var correction = app.Submit();
        using var staff = await app.SignedInAsync(CorrectionsFixture.Nord);
        var page = $"/staff/corrections/item?id={correction.Id}";

        var noReason = await WorkbenchApplication.PostFormAsync(staff, page, page + "&handler=Reject", new() { ["Note"] = " " });
        var rejected = await WorkbenchApplication.PostFormAsync(staff, page, page + "&handler=Reject", new() { ["Note"] = "Numéro vérifié par téléphone" });

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal(before, File.ReadAllText(app.ListingFile()));
        Assert.Equal(("nora", "Numéro vérifié par téléphone"), (app.Corrections().Find(correction.Id)!.DecidedBy, app.Corrections().Find(correction.Id)!.DecisionNote));
    }

    [Fact]
    public async Task ToContactKeepsItInTheQueue()
    {
        await using var app = CorrectionsFixture.Create();
        var correction = app.Submit();
        using var staff = await app.SignedInAsync(CorrectionsFixture.Nord);
        var page = $"/staff/corrections/item?id={correction.Id}";

        await WorkbenchApplication.PostFormAsync(staff, page, page + "&handler=Contact", new() { ["Note"] = "appeler lundi" });

        Assert.Equal(CorrectionStatus.ToContact, Assert.Single(app.Corrections().Pending(null)).Status);
    }

    [Fact]
    public async Task VerifyUpdatesTheVerifiedDateAndByAndIsAudited()
    {
        await using var app = CorrectionsFixture.Create();
        using var staff = await app.SignedInAsync(CorrectionsFixture.Nord);
        var page = $"/staff/listing?id={CorrectionsFixture.Listing}";

        var response = await WorkbenchApplication.PostFormAsync(staff, page, page + "&handler=Verify", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Matches(@"\nverified: \{date: \d{4}-\d{2}-\d{2}, by: nora\}\n", File.ReadAllText(app.ListingFile()));
        var entry = Assert.Single(app.Audit().Find(new AuditQuery { Subject = CorrectionsFixture.Listing }));
        Assert.Equal((AuditActions.Verify, "2026-09-01"), (entry.Action, entry.Before));
        var (_, history) = await WorkbenchApplication.GetPageAsync(staff, page);
        Assert.Contains("nora", history.QuerySelector(".staff-verified")!.TextContent);
        Assert.Single(history.QuerySelectorAll(".audit-row"));
    }
}
