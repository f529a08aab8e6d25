namespace Repertoire.Core.Alignment.Staff;

/// <summary>A staff account of the alignment workbench (the password hash is never exposed).</summary>
/// <param name="UserName">The user name (compared case-insensitively).</param>
/// <param name="CreatedAt">When the account was added (UTC).</param>
public sealed record StaffAccount(string UserName, DateTimeOffset CreatedAt);
