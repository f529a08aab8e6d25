using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Decisions;
using static Repertoire.Core.Tests.Alignment.Records;

namespace Repertoire.Core.Tests.Alignment;

public sealed class AlignmentWorkbenchTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("repertoire-workbench-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly DirectoryRecord[] Bxl =
    [
        Bs("40", "Jeugdhuis Scharnier", "Rue Saint-Lambert", "Sint-Lambertusstraat", "188", "1200", phone: "02/832.20.94", lat: 50.8449, lon: 4.4223),
        Bs("41", "Maison de repos Les Tilleuls", "Rue Haute", "Hoogstraat", "5", "1000", lat: 50.8400, lon: 4.3500),
    ];

    private static readonly DirectoryRecord[] Kaart =
    [
        Sk("s", "Jeugdhuis Scharnier", "Sint-Lambertusstraat", "188", "1200", phone: "+32 2 832 20 94", lat: 50.8449, lon: 4.4224),
        Sk("w", "Woonzorgcentrum De Linden", "Kerkstraat", "9", "1190", lat: 50.8100, lon: 4.3200),
    ];

    [Fact]
    public void DecisionsChangeTheProposalsAtOnce()
    {
        using var store = new DecisionStore(Path.Combine(_folder, "decisions.db"));
        var workbench = new AlignmentWorkbench(Bxl, Kaart, store);
        Assert.Equal(AlignmentStatus.Auto, Assert.Single(workbench.Proposals()).Status);

        workbench.Reject("40", "s", "anne", "not the same house");
        Assert.Empty(workbench.Proposals(AlignmentStatus.Auto));
        Assert.Equal(AlignmentStatus.Rejected, workbench.Pair("40", "s")!.Status);

        workbench.Confirm("41", "w", "bert");
        var confirmed = Assert.Single(workbench.Proposals(AlignmentStatus.Confirmed));
        Assert.Equal(("41", "w", "bert"), (confirmed.BruxellesSocial.Id, confirmed.SocialeKaart.Id, confirmed.Decision!.DecidedBy));
        Assert.Contains(workbench.Crosswalk().Pairs, p => p.BruxellesSocial == "41" && p.Status == "confirmed");
    }

    [Fact]
    public void PairNotProposedIsStillScoredForAPerson()
    {
        using var store = new DecisionStore(Path.Combine(_folder, "decisions.db"));
        var pair = new AlignmentWorkbench(Bxl, Kaart, store).Pair("41", "s")!;
        Assert.Equal(AlignmentStatus.Review, pair.Status);
        Assert.True(pair.Score < 0.1);
    }

    [Fact]
    public void UnknownIdIsRefused()
    {
        using var store = new DecisionStore(Path.Combine(_folder, "decisions.db"));
        var workbench = new AlignmentWorkbench(Bxl, Kaart, store);
        Assert.Throws<ArgumentException>(() => workbench.Confirm("99", "s", "anne"));
        Assert.Empty(store.All());
    }
}
