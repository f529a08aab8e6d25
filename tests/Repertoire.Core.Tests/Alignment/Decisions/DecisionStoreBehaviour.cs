using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Decisions;
using Repertoire.Core.Alignment.Matching;
using static Repertoire.Core.Tests.Alignment.Records;

namespace Repertoire.Core.Tests.Alignment.Decisions;

/// <summary>The behaviour every <see cref="IDecisionStore"/> shares, run once per implementation by the
/// subclasses (<see cref="DecisionStoreTests"/> for SQLite, <see cref="PostgresDecisionStoreTests"/>).</summary>
public abstract class DecisionStoreBehaviour
{
    protected static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 30, 0, TimeSpan.Zero);
    private readonly ManualTimeProvider _clock = new(Start);

    /// <summary>Opens the store under test; a second call opens the same storage again, as after a restart.</summary>
    protected abstract IDecisionStore Open(TimeProvider clock);

    private IDecisionStore Open() => Open(_clock);

    [Fact]
    public void DecisionsSurviveReopeningWithWhoAndWhen()
    {
        using (var store = Open())
        {
            store.Confirm("13219", "6f1c", "anne");
            _clock.Advance(TimeSpan.FromMinutes(5));
            store.Reject("14001", "a93e", "bert", "two different youth centres");
        }

        using var reopened = Open();
        var decisions = reopened.All();
        Assert.Equal(2, decisions.Count);
        Assert.Equal(new AlignmentDecision("13219", "6f1c", DecisionVerdict.Confirmed, null, "anne", Start), decisions[0]);
        Assert.Equal(new AlignmentDecision("14001", "a93e", DecisionVerdict.Rejected, "two different youth centres", "bert", Start.AddMinutes(5)), decisions[1]);
    }

    [Fact]
    public void NoteKeepsTheVerdictAndRecordsTheAuthor()
    {
        using var store = Open();
        store.Reject("1", "a", "anne");
        _clock.Advance(TimeSpan.FromHours(1));
        var noted = store.Note("1", "a", "bert", "checked by phone");

        Assert.Equal(DecisionVerdict.Rejected, noted.Verdict);
        Assert.Equal(("checked by phone", "bert", Start.AddHours(1)), (noted.Note, noted.DecidedBy, noted.DecidedAt));
        Assert.Equal(["rejected", "note"], store.History("1", "a").Select(h => h.Action));
    }

    [Fact]
    public void NoteAloneLeavesNoVerdict()
    {
        using var store = Open();
        Assert.Null(store.Note("1", "a", "anne", "ask the CPAS").Verdict);
    }

    [Fact]
    public void ConfirmingWithdrawsEarlierConfirmationsOfEitherRecord()
    {
        using var store = Open();
        store.Confirm("1", "a", "anne");
        store.Confirm("2", "b", "anne");
        store.Confirm("1", "b", "bert");

        Assert.Null(store.Find("1", "a")!.Verdict);
        Assert.Null(store.Find("2", "b")!.Verdict);
        Assert.Equal(DecisionVerdict.Confirmed, store.Find("1", "b")!.Verdict);
        Assert.Equal(["confirmed", "superseded"], store.History("1", "a").Select(h => h.Action));
    }

    [Fact]
    public void WithdrawReturnsThePairToTheMatcher()
    {
        using var store = Open();
        store.Reject("1", "a", "anne", "wrong");
        var withdrawn = store.Withdraw("1", "a", "bert");
        Assert.Null(withdrawn.Verdict);
        Assert.Equal("wrong", withdrawn.Note);
    }

    [Fact]
    public void StoredRejectionKeepsAPairOutOfTheNextImport()
    {
        DirectoryRecord[] bs = [Bs("40", "Jeugdhuis Scharnier", "Rue Saint-Lambert", "Sint-Lambertusstraat", "188", "1200", phone: "02/832.20.94", lat: 50.8449, lon: 4.4223)];
        DirectoryRecord[] sk = [Sk("s", "Jeugdhuis Scharnier", "Sint-Lambertusstraat", "188", "1200", phone: "+32 2 832 20 94", lat: 50.8449, lon: 4.4224)];
        using (var store = Open()) store.Reject("40", "s", "anne");

        using var reopened = Open();
        var result = new AlignmentMatcher().Align(bs, sk, reopened.All());

        Assert.Equal(AlignmentStatus.Rejected, Assert.Single(result.Proposals).Status);
    }

    [Fact]
    public void BlankAuthorIsRefused()
    {
        using var store = Open();
        Assert.Throws<ArgumentException>(() => store.Confirm("1", "a", " "));
        Assert.Empty(store.All());
    }
}
