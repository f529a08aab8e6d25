using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Decisions;
using Repertoire.Core.Content;
using Repertoire.Tests;

namespace Repertoire.Core.Tests.Alignment;

/// <summary>The one alignment flow the align command, the workbench and the import share.</summary>
public sealed class AlignmentFlowTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("repertoire-flow-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (IReadOnlyList<DirectoryRecord> Left, IReadOnlyList<DirectoryRecord> Right) Samples()
    {
        var problems = new List<string>();
        var left = AlignmentFlow.ReadExport(DirectorySource.BruxellesSocial, SampleData.BruxellesSocial, problems);
        var right = AlignmentFlow.ReadExport(DirectorySource.SocialeKaart, SampleData.SocialeKaart, problems);
        Assert.Empty(problems);
        return (left, right);
    }

    [Fact]
    public void UnreadableRecordIsReportedWithItsFileAndTheOthersAreRead()
    {
        var path = Path.Combine(_folder, "export.json");
        File.WriteAllText(path, "[42]");
        var problems = new List<string>();

        var records = AlignmentFlow.ReadExport(DirectorySource.BruxellesSocial, path, problems);

        Assert.Empty(records);
        Assert.StartsWith("export.json: record 0", Assert.Single(problems), StringComparison.Ordinal);
        Assert.Equal(220, Samples().Left.Count);
    }

    [Fact]
    public void MissingExportIsOneProblemAndNoRecords()
    {
        var problems = new List<string>();

        var records = AlignmentFlow.ReadExport(DirectorySource.SocialeKaart, Path.Combine(_folder, "absent.json"), problems);

        Assert.Empty(records);
        Assert.StartsWith("absent.json: ", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutADecisionDatabaseThereAreNoDecisionsAndNoFileIsCreated()
    {
        var path = Path.Combine(_folder, "decisions.db");

        Assert.Empty(AlignmentFlow.ReadDecisions(path));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void StaffDecisionsAreApplied()
    {
        var (left, right) = Samples();
        var flow = new AlignmentFlow();
        var review = flow.Align(left, right, null, null).WithStatus(AlignmentStatus.Review).First();
        var path = Path.Combine(_folder, "decisions.db");
        using (var store = new DecisionStore(path)) store.Confirm(review.BruxellesSocial.Id, review.SocialeKaart.Id, "anne");

        var result = flow.Align(left, right, AlignmentFlow.ReadDecisions(path), null);

        Assert.Equal(AlignmentStatus.Confirmed, result.Find(review.BruxellesSocial.Id, review.SocialeKaart.Id)!.Status);
    }

    [Fact]
    public void PairsLinkToTheListingsTheContentLoaderServes()
    {
        var (left, right) = Samples();
        var content = TestPaths.CopyToTemp(TestPaths.BundledContent);
        try
        {
            var linked = new AlignmentFlow().Align(left, right, null, ContentLoader.Load(content)).Proposals
                .Select(p => p.Repertoire).OfType<string>().Order(StringComparer.Ordinal).ToList();
            Assert.Equal(["cpas-anderlecht", "cpas-evere", "cpas-ixelles", "cpas-koekelberg", "service-sante-watermael-boitsfort"], linked);

            // A listing with an error is not served, so no pair links to it.
            var file = Path.Combine(content, "organisations", "cpas-evere.md");
            File.WriteAllText(file, File.ReadAllText(file).Replace("needs:", "needs: [no-such-need]\nold_needs:", StringComparison.Ordinal));
            var broken = ContentLoader.Load(content);
            Assert.Contains(broken.Problems, p => p.Path.EndsWith("cpas-evere.md", StringComparison.Ordinal) && p.Severity == ProblemSeverity.Error);
            Assert.DoesNotContain(new AlignmentFlow().Align(left, right, null, broken).Proposals, p => p.Repertoire == "cpas-evere");
        }
        finally
        {
            Directory.Delete(content, recursive: true);
        }
    }
}
