using System.Net;
using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Decisions;
using Repertoire.Web.Tests.Staff;

namespace Repertoire.Web.Tests.Pages.Staff.Alignment;

public sealed class PairTests
{
    [Theory]
    [InlineData("Confirm")]
    [InlineData("Reject")]
    [InlineData("Note")]
    [InlineData("Withdraw")]
    public async Task UnsignedPostsChangeNothing(string handler)
    {
        await using var app = new WorkbenchApplication();
        var (proposal, _) = app.TwoIndependentReviewProposals();
        using var client = app.CreateBrowserlessClient();
        // A real token for an anonymous visitor, from the sign-in page: authorization must refuse before it matters.
        var response = await WorkbenchApplication.PostFormAsync(client, "/staff/sign-in", WorkbenchApplication.PairUrl(proposal, handler),
            new() { ["Note"] = "sneaky" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/staff/sign-in", response.Headers.Location!.PathAndQuery);
        Assert.Empty(app.Decisions.All());
        Assert.Equal(AlignmentStatus.Review, app.Workspace.Current.Find(proposal.BruxellesSocial.Id, proposal.SocialeKaart.Id)!.Status);
    }

    [Fact]
    public async Task SignedInPostWithoutAntiforgeryTokenChangesNothing()
    {
        await using var app = new WorkbenchApplication();
        var (proposal, _) = app.TwoIndependentReviewProposals();
        using var client = await app.SignedInClientAsync();

        var response = await client.PostAsync(WorkbenchApplication.PairUrl(proposal, "Reject"), new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(app.Decisions.All());
    }

    [Fact]
    public async Task PairPageShowsBothRecordsSideBySideWithEvidence()
    {
        await using var app = new WorkbenchApplication();
        var (proposal, _) = app.TwoIndependentReviewProposals();
        using var client = await app.SignedInClientAsync();

        var (response, page) = await WorkbenchApplication.GetPageAsync(client, WorkbenchApplication.PairUrl(proposal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var nameRow = page.QuerySelector("tr[data-field=name]")!;
        var cells = nameRow.QuerySelectorAll("td").ToList();
        Assert.Contains(proposal.BruxellesSocial.Names[0], cells[0].TextContent);
        Assert.Contains(proposal.SocialeKaart.Names[0], cells[1].TextContent);
        Assert.Contains(proposal.Evidence.Name!.Value.ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("fr-BE")), cells[2].TextContent);
        // Every row says in words how the two sides compare, not only by colour.
        foreach (var row in page.QuerySelectorAll("tr.compare-row"))
            Assert.NotNull(row.QuerySelector(".agreement"));
        foreach (var conflict in proposal.Conflicts)
            Assert.Equal("differs", Agreement(page, conflict.Field));
        Assert.Contains("À examiner", page.QuerySelector(".status-badge")!.TextContent);
        Assert.NotNull(page.QuerySelector("button[formaction*='handler=Confirm']"));
        Assert.NotNull(page.QuerySelector("button[formaction*='handler=Reject']"));
        Assert.NotNull(page.QuerySelector("button[formaction*='handler=Note']"));
    }

    [Fact]
    public async Task ConflictingFieldsAreMarkedAsDiffering()
    {
        await using var app = new WorkbenchApplication();
        var proposal = app.Workspace.Current.Result!.Proposals.First(p => p.Conflicts.Count > 0);
        using var client = await app.SignedInClientAsync();

        var (_, page) = await WorkbenchApplication.GetPageAsync(client, WorkbenchApplication.PairUrl(proposal));

        var conflict = proposal.Conflicts[0];
        Assert.Equal("differs", Agreement(page, conflict.Field));
        Assert.Contains(conflict.SocialeKaart, page.QuerySelector(".staff-conflicts")!.TextContent);
    }

    [Fact]
    public async Task ConfirmIsStoredWithWhoAndWhen()
    {
        await using var app = new WorkbenchApplication();
        var (proposal, _) = app.TwoIndependentReviewProposals();
        using var client = await app.SignedInClientAsync();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var response = await WorkbenchApplication.PostFormAsync(client, WorkbenchApplication.PairUrl(proposal), WorkbenchApplication.PairUrl(proposal, "Confirm"),
            new() { ["Note"] = "même adresse, même BCE" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var decision = app.Decisions.Find(proposal.BruxellesSocial.Id, proposal.SocialeKaart.Id)!;
        Assert.Equal(DecisionVerdict.Confirmed, decision.Verdict);
        Assert.Equal(WorkbenchApplication.UserName, decision.DecidedBy);
        Assert.InRange(decision.DecidedAt, before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal("même adresse, même BCE", decision.Note);
        Assert.Equal(AlignmentStatus.Confirmed, app.Workspace.Current.Find(proposal.BruxellesSocial.Id, proposal.SocialeKaart.Id)!.Status);

        var (_, page) = await WorkbenchApplication.GetPageAsync(client, response.Headers.Location!.OriginalString);
        Assert.Equal("Paire confirmée.", page.QuerySelector(".staff-message--ok")!.TextContent);
        Assert.Contains("par alice", page.QuerySelector(".staff-history")!.TextContent);
        Assert.Null(page.QuerySelector("button[formaction*='handler=Confirm']"));
        Assert.NotNull(page.QuerySelector("button[formaction*='handler=Withdraw']"));
    }

    [Fact]
    public async Task RejectedPairLeavesTheProposalsAndIsPublishedAsRejected()
    {
        await using var app = new WorkbenchApplication();
        var (_, proposal) = app.TwoIndependentReviewProposals();
        using var client = await app.SignedInClientAsync();

        var response = await WorkbenchApplication.PostFormAsync(client, WorkbenchApplication.PairUrl(proposal), WorkbenchApplication.PairUrl(proposal, "Reject"), []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var decision = app.Decisions.Find(proposal.BruxellesSocial.Id, proposal.SocialeKaart.Id)!;
        Assert.Equal(DecisionVerdict.Rejected, decision.Verdict);
        Assert.Equal(WorkbenchApplication.UserName, decision.DecidedBy);

        var (_, review) = await WorkbenchApplication.GetPageAsync(client, "/staff/alignment?status=review");
        Assert.DoesNotContain(review.QuerySelectorAll("tr.staff-row"),
            row => row.GetAttribute("data-bs") == proposal.BruxellesSocial.Id && row.GetAttribute("data-sk") == proposal.SocialeKaart.Id);
        var (_, rejected) = await WorkbenchApplication.GetPageAsync(client, "/staff/alignment?status=rejected");
        Assert.Contains(rejected.QuerySelectorAll("tr.staff-row"),
            row => row.GetAttribute("data-bs") == proposal.BruxellesSocial.Id && row.GetAttribute("data-sk") == proposal.SocialeKaart.Id);

        using var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/v1/alignment/crosswalk"));
        var statuses = json.RootElement.GetProperty("pairs").EnumerateArray()
            .Where(p => p.GetProperty("bruxelles_social").GetString() == proposal.BruxellesSocial.Id && p.GetProperty("sociale_kaart").GetString() == proposal.SocialeKaart.Id)
            .Select(p => p.GetProperty("status").GetString())
            .ToList();
        Assert.Equal(["rejected"], statuses);
    }

    [Fact]
    public async Task NoteIsStoredWithoutChangingTheStatus()
    {
        await using var app = new WorkbenchApplication();
        var (proposal, _) = app.TwoIndependentReviewProposals();
        using var client = await app.SignedInClientAsync();

        await WorkbenchApplication.PostFormAsync(client, WorkbenchApplication.PairUrl(proposal), WorkbenchApplication.PairUrl(proposal, "Note"),
            new() { ["Note"] = "appeler le CPAS pour vérifier" });

        var decision = app.Decisions.Find(proposal.BruxellesSocial.Id, proposal.SocialeKaart.Id)!;
        Assert.Null(decision.Verdict);
        Assert.Equal("appeler le CPAS pour vérifier", decision.Note);
        Assert.Equal(WorkbenchApplication.UserName, decision.DecidedBy);
        Assert.Equal(AlignmentStatus.Review, app.Workspace.Current.Find(proposal.BruxellesSocial.Id, proposal.SocialeKaart.Id)!.Status);
        var (_, page) = await WorkbenchApplication.GetPageAsync(client, WorkbenchApplication.PairUrl(proposal));
        Assert.Contains("appeler le CPAS pour vérifier", page.QuerySelector(".staff-history")!.TextContent);
    }

    [Fact]
    public async Task EmptyNoteIsRefused()
    {
        await using var app = new WorkbenchApplication();
        var (proposal, _) = app.TwoIndependentReviewProposals();
        using var client = await app.SignedInClientAsync();

        var response = await WorkbenchApplication.PostFormAsync(client, WorkbenchApplication.PairUrl(proposal), WorkbenchApplication.PairUrl(proposal, "Note"),
            new() { ["Note"] = "   " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Écrivez une note.", System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Empty(app.Decisions.All());
    }

    [Fact]
    public async Task WithdrawSendsTheConfirmedPairBackToTheMatcher()
    {
        await using var app = new WorkbenchApplication();
        var (proposal, _) = app.TwoIndependentReviewProposals();
        using var client = await app.SignedInClientAsync();
        await WorkbenchApplication.PostFormAsync(client, WorkbenchApplication.PairUrl(proposal), WorkbenchApplication.PairUrl(proposal, "Confirm"), []);

        await WorkbenchApplication.PostFormAsync(client, WorkbenchApplication.PairUrl(proposal), WorkbenchApplication.PairUrl(proposal, "Withdraw"), []);

        Assert.Null(app.Decisions.Find(proposal.BruxellesSocial.Id, proposal.SocialeKaart.Id)!.Verdict);
        Assert.Equal(proposal.Status, app.Workspace.Current.Find(proposal.BruxellesSocial.Id, proposal.SocialeKaart.Id)!.Status);
        Assert.Equal(["confirmed", "withdrawn"], app.Decisions.History(proposal.BruxellesSocial.Id, proposal.SocialeKaart.Id).Select(h => h.Action));
    }

    [Fact]
    public async Task PairTheMatcherDoesNotProposeIsScoredOnDemandAndCanBeRejected()
    {
        await using var app = new WorkbenchApplication();
        var snapshot = app.Workspace.Current;
        var lone = snapshot.Result!.OnlyBruxellesSocial[0];
        var other = snapshot.Result.OnlySocialeKaart[0];
        Assert.Null(snapshot.Find(lone.Id, other.Id));
        using var client = await app.SignedInClientAsync();
        var url = $"/staff/alignment/pair?bs={Uri.EscapeDataString(lone.Id)}&sk={Uri.EscapeDataString(other.Id)}";

        var (response, page) = await WorkbenchApplication.GetPageAsync(client, url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("p[role=note]"));
        await WorkbenchApplication.PostFormAsync(client, url, url + "&handler=Reject", []);

        Assert.Equal(AlignmentStatus.Rejected, app.Workspace.Current.Find(lone.Id, other.Id)!.Status);
    }

    [Theory]
    [InlineData("/staff/alignment/pair?bs=nope&sk=nada")]
    [InlineData("/staff/alignment/pair")]
    public async Task UnknownPairIsNotFound(string url)
    {
        await using var app = new WorkbenchApplication();
        using var client = await app.SignedInClientAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task DecisionAboutRecordsNotInTheExportsIsRefused()
    {
        await using var app = new WorkbenchApplication();
        var (proposal, _) = app.TwoIndependentReviewProposals();
        using var client = await app.SignedInClientAsync();

        var response = await WorkbenchApplication.PostFormAsync(client, WorkbenchApplication.PairUrl(proposal), "/staff/alignment/pair?bs=nope&sk=nada&handler=Confirm", []);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(app.Decisions.All());
    }

    [Fact]
    public async Task PairPageSpeaksDutchWithLangNl()
    {
        await using var app = new WorkbenchApplication();
        var (proposal, _) = app.TwoIndependentReviewProposals();
        using var client = await app.SignedInClientAsync();

        var (_, page) = await WorkbenchApplication.GetPageAsync(client, WorkbenchApplication.PairUrl(proposal) + "&lang=nl");

        Assert.Equal("nl-BE", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Paar bevestigen", page.QuerySelector("button[formaction*='handler=Confirm']")!.TextContent);
        Assert.Contains("lang=nl", page.QuerySelector("button[formaction*='handler=Confirm']")!.GetAttribute("formaction"));
    }

    private static string Agreement(AngleSharp.Html.Dom.IHtmlDocument page, string field) =>
        page.QuerySelector($"tr[data-field={field}]")!.ClassList.Single(c => c.StartsWith("compare-row--"))["compare-row--".Length..];
}
