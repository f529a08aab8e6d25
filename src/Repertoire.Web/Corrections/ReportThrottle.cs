using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Repertoire.Web.Corrections;

/// <summary>Limits reports per client address (a fixed window per address), so one client cannot flood the queue:
/// beyond <see cref="CorrectionsOptions.MaxReportsPerClient"/> the form answers 429 and stores nothing. Idle
/// addresses are forgotten by the limiter itself.</summary>
public sealed class ReportThrottle(IOptions<CorrectionsOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.Value.MaxReportsPerClient),
            Window = TimeSpan.FromMinutes(Math.Max(1, options.Value.ReportWindowMinutes)),
            QueueLimit = 0,
        }));

    /// <summary>Takes one report from the client's allowance; false when it is used up.</summary>
    public bool TryTake(string client)
    {
        using var lease = _limiter.AttemptAcquire(client);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
