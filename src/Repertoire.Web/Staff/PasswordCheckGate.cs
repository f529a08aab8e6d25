using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Repertoire.Web.Staff;

/// <summary>
/// Bounds how many password hashes are computed at once. A PBKDF2 check takes a core for a few hundred
/// milliseconds; unbounded, a burst of sign-in attempts (20 addresses x 10 wrong passwords) took both cores of a
/// small server and raised search latency from 2 ms to 156 ms. Attempts beyond the few allowed to wait are answered
/// 429 at once, without hashing anything.
/// </summary>
public sealed class PasswordCheckGate(IOptions<WorkbenchOptions> options) : IDisposable
{
    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = Math.Max(1, options.Value.ConcurrentPasswordChecks),
        QueueLimit = Math.Max(0, options.Value.QueuedPasswordChecks),
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>A permit to hash one password (dispose it when done); check <see cref="RateLimitLease.IsAcquired"/>.</summary>
    public ValueTask<RateLimitLease> EnterAsync(CancellationToken cancellationToken) => _limiter.AcquireAsync(1, cancellationToken);

    public void Dispose() => _limiter.Dispose();
}
