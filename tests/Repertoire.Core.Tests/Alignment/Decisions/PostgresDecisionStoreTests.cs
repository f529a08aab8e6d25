using Repertoire.Core.Alignment.Decisions;
using Repertoire.Core.Storage;
using Repertoire.Tests;

namespace Repertoire.Core.Tests.Alignment.Decisions;

/// <summary>The PostgreSQL decision store of a cluster, on a database of its own in the tests' PostgreSQL.</summary>
public sealed class PostgresDecisionStoreTests : DecisionStoreBehaviour, IDisposable
{
    private readonly string _connectionString = PostgresServer.CreateDatabase();
    private readonly List<PostgresDatabase> _opened = [];

    protected override IDecisionStore Open(TimeProvider clock)
    {
        // A new pool each time, as a restarted node would have.
        var database = PostgresDatabase.Open(_connectionString);
        _opened.Add(database);
        return new PostgresDecisionStore(database, clock);
    }

    public void Dispose() => _opened.ForEach(d => d.Dispose());

    [Fact]
    public async Task RivalConfirmationsOnTwoNodesLeaveOnePartnerPerRecord()
    {
        using var first = Open(TimeProvider.System);
        using var second = Open(TimeProvider.System);
        // Forty rounds of two nodes confirming pairs that share a record, at the same moment.
        for (var round = 0; round < 40; round++)
        {
            var b = $"bs{round}";
            await Task.WhenAll(
                Task.Run(() => first.Confirm(b, $"a{round}", "anne")),
                Task.Run(() => second.Confirm(b, $"b{round}", "bert")));
        }

        var confirmed = first.All().Where(d => d.Verdict == DecisionVerdict.Confirmed).ToList();
        Assert.Equal(40, confirmed.Count);
        Assert.Equal(40, confirmed.Select(d => d.BruxellesSocialId).Distinct().Count());
    }
}
