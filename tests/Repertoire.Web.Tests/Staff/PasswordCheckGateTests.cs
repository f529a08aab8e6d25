using Microsoft.Extensions.Options;
using Repertoire.Web.Staff;

namespace Repertoire.Web.Tests.Staff;

public sealed class PasswordCheckGateTests
{
    [Fact]
    public async Task AttemptsBeyondTheRunningAndWaitingOnesAreRefusedAtOnce()
    {
        using var gate = new PasswordCheckGate(Options.Create(new WorkbenchOptions { ConcurrentPasswordChecks = 1, QueuedPasswordChecks = 1 }));

        using var running = await gate.EnterAsync(CancellationToken.None);
        var waiting = gate.EnterAsync(CancellationToken.None);
        using var refused = await gate.EnterAsync(CancellationToken.None);

        Assert.True(running.IsAcquired);
        Assert.False(waiting.IsCompleted);
        Assert.False(refused.IsAcquired);
        running.Dispose();
        using var next = await waiting;
        Assert.True(next.IsAcquired);
    }
}
