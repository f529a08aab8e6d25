using Repertoire.Core.Alignment.Staff;
using Repertoire.Web.Localization;
using Repertoire.Web.Staff;

namespace Repertoire.Web.Pages.Staff.Admin.Accounts;

/// <summary>The checks the "new account" and "account" pages share, as messages in the page's language.</summary>
internal static class AccountForm
{
    public const string AdminRole = "admin";
    public const string StaffRole = "staff";

    /// <summary>The password rule of <see cref="AccountRules"/> (the command line's too), then the confirmation.</summary>
    public static string? PasswordError(UiText text, string userName, string? password, string? confirm) =>
        AccountRules.CheckPassword(userName, password) switch
        {
            AccountProblem.PasswordTooShort => text.Format("accounts.error.short", ("MIN", AccountRules.MinimumPasswordLength)),
            AccountProblem.PasswordTooLong => text.Format("accounts.error.long", ("MAX", AccountRules.MaximumPasswordLength)),
            AccountProblem.PasswordIsUserName => text["accounts.error.isname"],
            _ => password == confirm ? null : text["accounts.error.confirm"],
        };

    public static string? RoleError(UiText text, string? role) => role is AdminRole or StaffRole ? null : text["accounts.error.role"];

    /// <summary>Basins must be the territory's (a misspelt one would leave the account unable to work on anything).</summary>
    public static string? BasinError(UiText text, StaffAdministration administration, IReadOnlyList<string> basins) =>
        administration.UnknownBasins(basins) is [var unknown, ..] ? text.Format("accounts.error.basin", ("ID", unknown)) : null;
}
