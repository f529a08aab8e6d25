using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Repertoire.Web.Staff;

/// <summary>
/// Counts failed sign-ins per client address and per account name: each failure is answered slowly, and after too
/// many within the window further attempts from that address, or on that account, are refused without checking a
/// password. A success forgets only that account's failures: signing in to one's own account must not reset the
/// address's count and buy another round of guesses on someone else's.
/// </summary>
public sealed class SignInThrottle(IOptions<WorkbenchOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);
    private readonly WorkbenchOptions _options = options.Value;

    /// <summary>The delay of a failed attempt.</summary>
    public TimeSpan FailureDelay => TimeSpan.FromMilliseconds(Math.Max(0, _options.SignInFailureDelayMilliseconds));

    /// <summary>Whether the address or the account has used up its attempts for now.</summary>
    public bool IsLocked(string client, string account) =>
        Count(AddressKey(client)) >= _options.MaxSignInFailures || Count(AccountKey(account)) >= _options.MaxSignInFailuresPerAccount;

    /// <summary>Records a failed attempt from <paramref name="client"/> on <paramref name="account"/>.</summary>
    public void Failed(string client, string account)
    {
        // Many addresses failing once each must not grow the table without end.
        if (_failures.Count > 10_000) Prune();
        Add(AddressKey(client));
        Add(AccountKey(account));
    }

    /// <summary>Forgets the account's failures after it signed in; the address's failures stay until they expire.</summary>
    public void Succeeded(string account) => _failures.TryRemove(AccountKey(account), out _);

    private static string AddressKey(string client) => "ip:" + client;

    // Names are case-insensitive in the store: "ALICE" and "alice" are one account.
    private static string AccountKey(string account) => "user:" + account.Trim().ToLowerInvariant();

    private int Count(string key)
    {
        if (!_failures.TryGetValue(key, out var queue)) return 0;
        lock (queue)
        {
            Expire(queue);
            return queue.Count;
        }
    }

    private void Add(string key)
    {
        var queue = _failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            Expire(queue);
            queue.Enqueue(time.GetUtcNow());
        }
    }

    private void Prune()
    {
        foreach (var (key, queue) in _failures)
        {
            lock (queue)
            {
                Expire(queue);
                if (queue.Count == 0) _failures.TryRemove(key, out _);
            }
        }
    }

    private void Expire(Queue<DateTimeOffset> queue)
    {
        var limit = time.GetUtcNow() - TimeSpan.FromMinutes(_options.SignInWindowMinutes);
        while (queue.Count > 0 && queue.Peek() < limit) queue.Dequeue();
    }
}
