using Repertoire.Core.Alignment;

namespace Repertoire.Web.Tests.Staff;

public sealed class AlignmentWorkspaceTests
{
    [Fact]
    public async Task AlignmentIsComputedOnceUntilAnExportOrADecisionChanges()
    {
        await using var app = new WorkbenchApplication();
        var workspace = app.Workspace;

        var first = workspace.Current;
        Assert.Same(first, workspace.Current);

        var (proposal, _) = app.TwoIndependentReviewProposals();
        workspace.Note(proposal.BruxellesSocial.Id, proposal.SocialeKaart.Id, "alice", "à revoir");
        var afterDecision = workspace.Current;
        Assert.NotSame(first, afterDecision);
        Assert.Same(afterDecision, workspace.Current);

        File.SetLastWriteTimeUtc(workspace.SocialeKaartPath, DateTime.UtcNow.AddMinutes(1));
        Assert.NotSame(afterDecision, workspace.Current);
    }

    [Fact]
    public async Task RemovedExportTakesTheWorkbenchBackToNoExports()
    {
        await using var app = new WorkbenchApplication();
        Assert.True(app.Workspace.Current.HasExports);

        File.Delete(app.Workspace.BruxellesSocialPath);

        var snapshot = app.Workspace.Current;
        Assert.False(snapshot.HasExports);
        Assert.Equal([app.Workspace.BruxellesSocialPath], snapshot.MissingExports);
    }

    [Fact]
    public async Task ConfiguredPathsReplaceTheDataFolderDefaults()
    {
        var folder = Path.Combine(Path.GetTempPath(), "repertoire-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        try
        {
            var bxl = Path.Combine(folder, "bxl-export.json");
            var sk = Path.Combine(folder, "sk-export.json");
            File.Copy(Path.Combine(WorkbenchApplication.SampleFolder, "bruxelles-social.json"), bxl);
            File.Copy(Path.Combine(WorkbenchApplication.SampleFolder, "sociale-kaart.json"), sk);
            await using var app = new WorkbenchApplication(withExports: false, settings: new()
            {
                ["Repertoire:Alignment:BruxellesSocialPath"] = bxl,
                ["Repertoire:Alignment:SocialeKaartPath"] = sk,
            });

            Assert.Equal(bxl, app.Workspace.BruxellesSocialPath);
            Assert.Equal(170, app.Workspace.Current.SocialeKaart.Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task RejectedPairIsNeverProposedAgainAfterAReimport()
    {
        await using var app = new WorkbenchApplication();
        var auto = app.Workspace.Current.WithStatus(AlignmentStatus.Auto)[0];
        app.Workspace.Reject(auto.BruxellesSocial.Id, auto.SocialeKaart.Id, "alice", "deux sites différents");

        WorkbenchApplication.InstallSampleExports(app.DataPath);
        File.SetLastWriteTimeUtc(app.Workspace.BruxellesSocialPath, DateTime.UtcNow.AddMinutes(1));

        var pairs = app.Workspace.Current.Result!.Proposals
            .Where(p => p.BruxellesSocial.Id == auto.BruxellesSocial.Id && p.SocialeKaart.Id == auto.SocialeKaart.Id).ToList();
        Assert.Equal([AlignmentStatus.Rejected], pairs.Select(p => p.Status));
    }
}
