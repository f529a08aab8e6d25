namespace Repertoire.Core.Alignment.Staff;

/// <summary>A staff account of the workbench (the password hash is never exposed).</summary>
/// <param name="UserName">The user name (compared case-insensitively).</param>
/// <param name="CreatedAt">When the account was added (UTC).</param>
public sealed record StaffAccount(string UserName, DateTimeOffset CreatedAt)
{
    /// <summary>An administrator manages staff accounts and works on every basin.</summary>
    public bool IsAdmin { get; init; }

    /// <summary>The basin ids the account works on; empty means every basin.</summary>
    public IReadOnlyList<string> Basins { get; init; } = [];

    /// <summary>A disabled account cannot sign in, and its open sessions end.</summary>
    public bool Disabled { get; init; }

    /// <summary>Changes whenever the account's sessions must end (sign-out, password change, disabling): a session
    /// cookie carries the stamp it was issued with and is refused once the two differ.</summary>
    public string SecurityStamp { get; init; } = "";

    /// <summary>Whether the account works on every basin.</summary>
    public bool AllBasins => IsAdmin || Basins.Count == 0;

    /// <summary>Whether the account may act on a listing of <paramref name="basin"/>. A listing without a basin
    /// (region-wide, or no known site) is for accounts that work on every basin.</summary>
    public bool CanWorkOn(string? basin) =>
        AllBasins || (basin is not null && Basins.Contains(basin, StringComparer.Ordinal));
}
