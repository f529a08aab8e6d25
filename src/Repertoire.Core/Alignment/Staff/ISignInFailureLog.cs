namespace Repertoire.Core.Alignment.Staff;

/// <summary>The failed sign-ins the throttle counts, by key (an address or an account name): in memory on a single
/// machine (<see cref="MemorySignInFailureLog"/>), in the shared database in a cluster
/// (<see cref="PostgresSignInFailureLog"/>), so that spreading guesses over the nodes buys no extra attempts.</summary>
public interface ISignInFailureLog
{
    /// <summary>The failures of <paramref name="key"/> at or after <paramref name="since"/>.</summary>
    int Count(string key, DateTimeOffset since);

    /// <summary>Records one failure at <paramref name="at"/> under each of <paramref name="keys"/>, and forgets failures
    /// older than <paramref name="expireBefore"/> (the log stays as small as the window).</summary>
    void Add(IReadOnlyCollection<string> keys, DateTimeOffset at, DateTimeOffset expireBefore);

    /// <summary>Forgets every failure of <paramref name="key"/>.</summary>
    void Forget(string key);
}
