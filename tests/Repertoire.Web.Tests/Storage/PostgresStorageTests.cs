using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Decisions;
using Repertoire.Core.Alignment.Staff;
using Repertoire.Core.Audit;
using Repertoire.Core.Corrections;
using Repertoire.Core.NeedsWatch;
using Repertoire.Core.Storage;
using Repertoire.Tests;
using Repertoire.Web.Tests.Staff;

namespace Repertoire.Web.Tests.Storage;

/// <summary>The site with <c>Repertoire:Database:ConnectionString</c> set: staff accounts, decisions, reports and their
/// audit, the needs watch and sign-in failures live in PostgreSQL, shared by every node that names the same database.</summary>
public sealed class PostgresStorageTests
{
    private readonly string _connectionString = PostgresServer.CreateDatabase();

    private Dictionary<string, string?> Settings => new() { ["Repertoire:Database:ConnectionString"] = _connectionString };

    [Fact]
    public async Task ConnectionStringPutsDecisionsInPostgresAndNoSqliteFileIsCreated()
    {
        await using var app = new WorkbenchApplication(settings: Settings);
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff/sign-in")).StatusCode);
        Assert.IsType<PostgresDecisionStore>(app.Services.GetRequiredService<IDecisionStore>());
        Assert.IsType<PostgresStaffAccountStore>(app.Services.GetRequiredService<IStaffAccountStore>());
        Assert.IsType<PostgresCorrectionStore>(app.Services.GetRequiredService<ICorrectionStore>());
        Assert.IsType<PostgresAuditTrail>(app.Services.GetRequiredService<IAuditTrail>());
        Assert.IsType<PostgresNeedsWatchStore>(app.Services.GetRequiredService<INeedsWatchStore>());
        Assert.IsType<PostgresSignInFailureLog>(app.Services.GetRequiredService<ISignInFailureLog>());
        Assert.Equal(PostgresDatabase.LatestSchemaVersion, app.Services.GetRequiredService<PostgresDatabase>().SchemaVersion);
        Assert.False(File.Exists(AlignmentDataFiles.DecisionDatabase(app.DataPath)));
        Assert.False(File.Exists(AlignmentDataFiles.CorrectionDatabase(app.DataPath)));
        Assert.False(File.Exists(SqliteNeedsWatchStore.PathIn(app.DataPath)));
    }

    [Fact]
    public async Task SignInFailuresOnOneNodeLockTheAccountOnAnother()
    {
        AddAccount();
        var settings = Settings;
        settings["Repertoire:Alignment:MaxSignInFailuresPerAccount"] = "3";
        await using var first = new WorkbenchApplication(settings: settings);
        await using var second = new WorkbenchApplication(settings: settings);
        using var guesser = first.CreateClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await WorkbenchApplication.SignInAsync(guesser, WorkbenchApplication.UserName, "wrong " + i)).StatusCode);

        // The right password, through the other node: refused without being checked, as the account is locked.
        var response = await WorkbenchApplication.SignInAsync(second.CreateClient(), WorkbenchApplication.UserName, WorkbenchApplication.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    [Fact]
    public async Task ReportSubmittedOnOneNodeIsInTheOtherNodesQueueWithItsAuditEntry()
    {
        await using var first = new WorkbenchApplication(settings: Settings);
        await using var second = new WorkbenchApplication(settings: Settings);
        using var visitor = first.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        const string page = "/fr/organisations/epicerie-test-schaerbeek/signaler";

        var response = await WorkbenchApplication.PostFormAsync(visitor, page, page,
            new() { ["Field"] = "phones", ["Problem"] = "le numéro a changé", ["Proposed"] = "02 555 55 55" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var pending = Assert.Single(second.Services.GetRequiredService<ICorrectionStore>().Pending(null));
        Assert.Equal(("epicerie-test-schaerbeek", "02 555 55 55"), (pending.ListingId, pending.Proposed));
        var entry = Assert.Single(second.Services.GetRequiredService<IAuditTrail>().Find(new AuditQuery { Subject = "epicerie-test-schaerbeek" }));
        Assert.Equal((AuditActions.Report, pending.Id), (entry.Action, entry.CorrectionId));
    }

    [Fact]
    public async Task DecisionMadeThroughTheSiteIsStoredInPostgres()
    {
        AddAccount();
        await using var app = new WorkbenchApplication(settings: Settings);
        var (proposal, _) = app.TwoIndependentReviewProposals();
        using var client = await app.SignedInClientAsync();

        var response = await WorkbenchApplication.PostFormAsync(client, WorkbenchApplication.PairUrl(proposal), WorkbenchApplication.PairUrl(proposal, "Reject"),
            new() { ["Note"] = "deux adresses" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var database = PostgresDatabase.Open(_connectionString);
        var stored = new PostgresDecisionStore(database).Find(proposal.BruxellesSocial.Id, proposal.SocialeKaart.Id)!;
        Assert.Equal((DecisionVerdict.Rejected, "deux adresses", WorkbenchApplication.UserName), (stored.Verdict!.Value, stored.Note, stored.DecidedBy));
    }

    [Fact]
    public async Task DecisionTakenOnOneNodeShowsInAnotherNodesAlignment()
    {
        AddAccount();
        await using var first = new WorkbenchApplication(settings: Settings);
        await using var second = new WorkbenchApplication(settings: Settings);
        var (proposal, _) = second.TwoIndependentReviewProposals();
        Assert.Equal(AlignmentStatus.Review, second.Workspace.Current.Find(proposal.BruxellesSocial.Id, proposal.SocialeKaart.Id)!.Status);
        using var client = await first.SignedInClientAsync();

        await WorkbenchApplication.PostFormAsync(client, WorkbenchApplication.PairUrl(proposal), WorkbenchApplication.PairUrl(proposal, "Confirm"), []);

        Assert.Equal(AlignmentStatus.Confirmed, second.Workspace.Current.Find(proposal.BruxellesSocial.Id, proposal.SocialeKaart.Id)!.Status);
    }

    // The account lives in the shared database, as `repertoire staff add --connection-string` puts it there; the
    // application's own account is in a SQLite file the site no longer reads.
    private void AddAccount()
    {
        using var database = PostgresDatabase.Open(_connectionString);
        new PostgresStaffAccountStore(database, iterations: 100_000).Add(WorkbenchApplication.UserName, WorkbenchApplication.Password);
    }
}
