using Microsoft.Extensions.Options;
using Repertoire.Core.Alignment.Staff;

namespace Repertoire.Web.Staff;

/// <summary>
/// Counts failed sign-ins per client address and per account name: each failure is answered slowly, and after too
/// many within the window further attempts from that address, or on that account, are refused without checking a
/// password. A success forgets only that account's failures: signing in to one's own account must not reset the
/// address's count and buy another round of guesses on someone else's. The failures are kept in an
/// <see cref="ISignInFailureLog"/>: this process's memory on one machine, the shared database in a cluster.
/// </summary>
public sealed class SignInThrottle(IOptions<WorkbenchOptions> options, TimeProvider time, ISignInFailureLog? log = null)
{
    private readonly ISignInFailureLog _log = log ?? new MemorySignInFailureLog();
    private readonly WorkbenchOptions _options = options.Value;

    /// <summary>The delay of a failed attempt.</summary>
    public TimeSpan FailureDelay => TimeSpan.FromMilliseconds(Math.Max(0, _options.SignInFailureDelayMilliseconds));

    /// <summary>Whether the address or the account has used up its attempts for now.</summary>
    public bool IsLocked(string client, string account) =>
        _log.Count(AddressKey(client), WindowStart) >= _options.MaxSignInFailures
        || _log.Count(AccountKey(account), WindowStart) >= _options.MaxSignInFailuresPerAccount;

    /// <summary>Records a failed attempt from <paramref name="client"/> on <paramref name="account"/>.</summary>
    public void Failed(string client, string account) =>
        _log.Add([AddressKey(client), AccountKey(account)], time.GetUtcNow(), WindowStart);

    /// <summary>Forgets the account's failures after it signed in; the address's failures stay until they expire.</summary>
    public void Succeeded(string account) => _log.Forget(AccountKey(account));

    private DateTimeOffset WindowStart => time.GetUtcNow() - TimeSpan.FromMinutes(_options.SignInWindowMinutes);

    private static string AddressKey(string client) => "ip:" + client;

    // Names are case-insensitive in the store: "ALICE" and "alice" are one account.
    private static string AccountKey(string account) => "user:" + account.Trim().ToLowerInvariant();
}
