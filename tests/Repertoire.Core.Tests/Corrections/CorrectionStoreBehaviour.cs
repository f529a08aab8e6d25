using Repertoire.Core.Audit;
using Repertoire.Core.Corrections;
using Repertoire.Core.Tests.Alignment;

namespace Repertoire.Core.Tests.Corrections;

/// <summary>The behaviour every <see cref="ICorrectionStore"/> and its <see cref="IAuditTrail"/> share, run once per
/// engine by the subclasses (<see cref="SqliteCorrectionStoreTests"/>, <see cref="PostgresCorrectionStoreTests"/>).</summary>
public abstract class CorrectionStoreBehaviour
{
    protected static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 30, 0, TimeSpan.Zero);
    private readonly ManualTimeProvider _clock = new(Start);

    /// <summary>Opens the store and the audit trail under test on one storage; a second call opens the same storage
    /// again, as after a restart or on another node.</summary>
    protected abstract (ICorrectionStore Store, IAuditTrail Audit, IDisposable Lifetime) Open(TimeProvider clock);

    private static Correction Report(string listing, string? basin = "nord", string field = "phones") => new()
    {
        ListingId = listing, Basin = basin, Field = field, Language = "fr", Problem = "le numéro ne répond plus",
        Proposed = "+32 2 000 00 00", Email = "visiteur@example.org", CurrentAtReport = "+32 2 111 11 11",
    };

    [Fact]
    public void ReportSurvivesReopeningWithItsAuditEntry()
    {
        long id;
        var (store, _, lifetime) = Open(_clock);
        using (lifetime) id = store.Submit(Report("centre-a")).Id;

        var (reopened, audit, again) = Open(_clock);
        using var _ = again;
        var stored = reopened.Find(id)!;
        Assert.Equal(("centre-a", "nord", "phones", CorrectionStatus.Open, Start), (stored.ListingId, stored.Basin, stored.Field, stored.Status, stored.ReportedAt));
        Assert.Equal(("+32 2 000 00 00", "visiteur@example.org", "+32 2 111 11 11"), (stored.Proposed, stored.Email, stored.CurrentAtReport));
        var entry = Assert.Single(audit.Find(new AuditQuery { Subject = "centre-a" }));
        Assert.Equal((AuditEntry.Visitor, AuditActions.Report, id, "+32 2 111 11 11", "+32 2 000 00 00", Start),
            (entry.Actor, entry.Action, entry.CorrectionId, entry.Before, entry.After, entry.At));
    }

    [Fact]
    public void PendingIsOldestFirstAndFiltersByBasin()
    {
        var (store, _, lifetime) = Open(_clock);
        using var _ = lifetime;
        var first = store.Submit(Report("centre-a", "nord"));
        _clock.Advance(TimeSpan.FromMinutes(1));
        var second = store.Submit(Report("centre-b", "sud"));
        _clock.Advance(TimeSpan.FromMinutes(1));
        var regionWide = store.Submit(Report("centre-c", basin: null));

        Assert.Equal([first.Id, second.Id, regionWide.Id], store.Pending(null).Select(c => c.Id));
        Assert.Equal([second.Id], store.Pending(["sud"]).Select(c => c.Id));
        Assert.Empty(store.Pending([]));
    }

    [Fact]
    public void DecisionIsRecordedOnceWithItsAuditEntry()
    {
        var (store, audit, lifetime) = Open(_clock);
        using var _ = lifetime;
        var report = store.Submit(Report("centre-a"));
        _clock.Advance(TimeSpan.FromHours(2));

        var accepted = store.Decide(new CorrectionDecision(report.Id, CorrectionStatus.Accepted, "anne", "vérifié", "phones", "+32 2 111 11 11", "+32 2 000 00 00"));
        var again = store.Decide(new CorrectionDecision(report.Id, CorrectionStatus.Rejected, "bert"));

        Assert.NotNull(accepted);
        Assert.Equal((CorrectionStatus.Accepted, "anne", Start.AddHours(2), "vérifié", "+32 2 000 00 00"),
            (accepted.Status, accepted.DecidedBy, accepted.DecidedAt, accepted.DecisionNote, accepted.AppliedValue));
        Assert.Null(again);
        Assert.Empty(store.Pending(null));
        Assert.Equal([AuditActions.Accept, AuditActions.Report], audit.Find(new AuditQuery { Subject = "centre-a" }).Select(e => e.Action));
    }

    [Fact]
    public void ToContactStaysPendingAndCounts()
    {
        var (store, _, lifetime) = Open(_clock);
        using var _ = lifetime;
        var report = store.Submit(Report("centre-a"));
        store.Submit(Report("centre-a"));
        store.Submit(Report("centre-b"));

        var contact = store.Decide(new CorrectionDecision(report.Id, CorrectionStatus.ToContact, "anne"));

        Assert.Equal(CorrectionStatus.ToContact, contact!.Status);
        Assert.Null(contact.AppliedValue);
        Assert.Equal(new Dictionary<string, int> { ["centre-a"] = 2, ["centre-b"] = 1 }, store.PendingCounts());
        Assert.Equal(2, store.ForListing("centre-a").Count);
        Assert.True(store.ForListing("centre-a")[0].Id > store.ForListing("centre-a")[1].Id, "newest first");
    }

    [Fact]
    public void AnOpenDecisionIsRefusedAndWritesNothing()
    {
        var (store, audit, lifetime) = Open(_clock);
        using var _ = lifetime;
        var report = store.Submit(Report("centre-a"));

        Assert.Throws<ArgumentException>(() => store.Decide(new CorrectionDecision(report.Id, CorrectionStatus.Open, "anne")));
        Assert.Null(store.Decide(new CorrectionDecision(report.Id + 1000, CorrectionStatus.Rejected, "anne")));
        Assert.Single(audit.Find(new AuditQuery()));
    }

    [Fact]
    public void AuditQueriesFilterByBasinActorAndKind()
    {
        var (store, audit, lifetime) = Open(_clock);
        using var _ = lifetime;
        var north = store.Submit(Report("centre-a", "nord"));
        store.Submit(Report("centre-b", "sud"));
        store.Decide(new CorrectionDecision(north.Id, CorrectionStatus.Rejected, "Anne", "doublon"));
        audit.Record(new AuditEntry { Actor = "admin", Action = AuditActions.AccountCreate, Kind = AuditSubject.Account, Subject = "bert" });

        Assert.Equal(3, audit.Find(new AuditQuery()).Count);
        Assert.Equal(4, audit.Find(new AuditQuery { IncludeAccounts = true }).Count);
        Assert.Equal([AuditActions.Reject, AuditActions.Report], audit.Find(new AuditQuery { Basins = ["nord"] }).Select(e => e.Action));
        Assert.Empty(audit.Find(new AuditQuery { Basins = [] }));
        Assert.Equal("doublon", Assert.Single(audit.Find(new AuditQuery { Actor = "anne" })).Note);
        Assert.Equal("bert", Assert.Single(audit.Find(new AuditQuery { Kind = AuditSubject.Account, IncludeAccounts = true })).Subject);
        Assert.Single(audit.Find(new AuditQuery { Limit = 1 }));
    }

    [Fact]
    public async Task RivalDecisionsFromTwoOpeningsApplyOnce()
    {
        var (first, audit, firstLifetime) = Open(TimeProvider.System);
        var (second, _, secondLifetime) = Open(TimeProvider.System);
        using var a = firstLifetime;
        using var b = secondLifetime;
        var reports = Enumerable.Range(0, 20).Select(i => first.Submit(Report($"centre-{i}"))).ToList();

        var results = await Task.WhenAll(reports.SelectMany(r => new[]
        {
            Task.Run(() => first.Decide(new CorrectionDecision(r.Id, CorrectionStatus.Accepted, "anne"))),
            Task.Run(() => second.Decide(new CorrectionDecision(r.Id, CorrectionStatus.Rejected, "bert"))),
        }));

        Assert.Equal(20, results.Count(r => r is not null));
        Assert.Equal(20, audit.Find(new AuditQuery()).Count(e => e.Action is AuditActions.Accept or AuditActions.Reject));
    }
}
