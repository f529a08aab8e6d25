using Repertoire.Core.Alignment.Staff;

namespace Repertoire.Core.Tests.Alignment.Staff;

/// <summary>What every <see cref="ISignInFailureLog"/> does, run once per implementation below.</summary>
public abstract class SignInFailureLogBehaviour
{
    protected static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 30, 0, TimeSpan.Zero);

    /// <summary>Two views of one log, as two nodes of a cluster would have (the same instance for memory).</summary>
    protected abstract (ISignInFailureLog First, ISignInFailureLog Second) OpenTwo();

    [Fact]
    public void FailuresAreCountedPerKeyWithinTheWindow()
    {
        var (log, _) = OpenTwo();
        log.Add(["ip:10.0.0.1", "user:alice"], Start, Start.AddMinutes(-15));
        log.Add(["ip:10.0.0.1", "user:bob"], Start.AddMinutes(10), Start.AddMinutes(-5));

        Assert.Equal(2, log.Count("ip:10.0.0.1", Start.AddMinutes(-15)));
        Assert.Equal(1, log.Count("ip:10.0.0.1", Start.AddMinutes(5)));
        Assert.Equal(1, log.Count("user:alice", Start));
        Assert.Equal(0, log.Count("user:carol", Start));
    }

    [Fact]
    public void ForgettingOneKeyKeepsTheOthers()
    {
        var (log, _) = OpenTwo();
        log.Add(["ip:10.0.0.1", "user:alice"], Start, Start.AddMinutes(-15));

        log.Forget("user:alice");

        Assert.Equal(0, log.Count("user:alice", Start));
        Assert.Equal(1, log.Count("ip:10.0.0.1", Start));
    }

    [Fact]
    public void EveryViewSeesTheFailuresRecordedThroughAnother()
    {
        var (first, second) = OpenTwo();
        for (var i = 0; i < 3; i++) first.Add([$"ip:10.0.0.{i}", "user:alice"], Start, Start.AddMinutes(-15));
        second.Add(["ip:10.0.0.9", "user:alice"], Start, Start.AddMinutes(-15));

        Assert.Equal(4, first.Count("user:alice", Start));
        Assert.Equal(4, second.Count("user:alice", Start));
    }
}
