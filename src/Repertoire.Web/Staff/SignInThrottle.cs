using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Repertoire.Web.Staff;

/// <summary>Counts failed sign-ins per client address: each failure is answered slowly, and after too many within
/// the window further attempts are refused without checking a password, so guessing is impractical.</summary>
public sealed class SignInThrottle(IOptions<WorkbenchOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);
    private readonly WorkbenchOptions _options = options.Value;

    /// <summary>The delay of a failed attempt.</summary>
    public TimeSpan FailureDelay => TimeSpan.FromMilliseconds(Math.Max(0, _options.SignInFailureDelayMilliseconds));

    /// <summary>Whether the client has used up its attempts for now.</summary>
    public bool IsLocked(string client)
    {
        if (!_failures.TryGetValue(client, out var queue)) return false;
        lock (queue)
        {
            Expire(queue);
            return queue.Count >= _options.MaxSignInFailures;
        }
    }

    /// <summary>Records a failed attempt.</summary>
    public void Failed(string client)
    {
        // Many addresses failing once each must not grow the table without end.
        if (_failures.Count > 10_000) Prune();
        var queue = _failures.GetOrAdd(client, _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            Expire(queue);
            queue.Enqueue(time.GetUtcNow());
        }
    }

    /// <summary>Forgets the client's failures after a successful sign-in.</summary>
    public void Succeeded(string client) => _failures.TryRemove(client, out _);

    private void Prune()
    {
        foreach (var (client, queue) in _failures)
        {
            lock (queue)
            {
                Expire(queue);
                if (queue.Count == 0) _failures.TryRemove(client, out _);
            }
        }
    }

    private void Expire(Queue<DateTimeOffset> queue)
    {
        var limit = time.GetUtcNow() - TimeSpan.FromMinutes(_options.SignInWindowMinutes);
        while (queue.Count > 0 && queue.Peek() < limit) queue.Dequeue();
    }
}
