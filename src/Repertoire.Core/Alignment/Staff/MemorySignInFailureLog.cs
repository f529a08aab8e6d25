using System.Collections.Concurrent;

namespace Repertoire.Core.Alignment.Staff;

/// <summary>Failed sign-ins in this process's memory: the single machine's log, lost on restart (as the window is
/// short, that costs an attacker's restart of our process, which they cannot cause). Thread-safe.</summary>
public sealed class MemorySignInFailureLog : ISignInFailureLog
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public int Count(string key, DateTimeOffset since)
    {
        if (!_failures.TryGetValue(key, out var queue)) return 0;
        lock (queue) return queue.Count(at => at >= since);
    }

    /// <inheritdoc />
    public void Add(IReadOnlyCollection<string> keys, DateTimeOffset at, DateTimeOffset expireBefore)
    {
        // Many addresses failing once each must not grow the table without end.
        if (_failures.Count > 10_000) Prune(expireBefore);
        foreach (var key in keys)
        {
            var queue = _failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
            lock (queue)
            {
                Expire(queue, expireBefore);
                queue.Enqueue(at);
            }
        }
    }

    /// <inheritdoc />
    public void Forget(string key) => _failures.TryRemove(key, out _);

    private void Prune(DateTimeOffset expireBefore)
    {
        foreach (var (key, queue) in _failures)
        {
            lock (queue)
            {
                Expire(queue, expireBefore);
                if (queue.Count == 0) _failures.TryRemove(key, out _);
            }
        }
    }

    private static void Expire(Queue<DateTimeOffset> queue, DateTimeOffset before)
    {
        while (queue.Count > 0 && queue.Peek() < before) queue.Dequeue();
    }
}
