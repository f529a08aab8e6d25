using System.Globalization;

namespace Repertoire.Core.Alignment.Staff;

/// <summary>What is wrong with a proposed user name or password.</summary>
public enum AccountProblem
{
    None,
    UserNameInvalid,
    PasswordTooShort,
    PasswordTooLong,
    PasswordIsUserName,
}

/// <summary>
/// The rules for user names and new passwords, the same for <c>repertoire staff add</c> and the administrators' web
/// pages. The workbench is on the open web, guarded by one password per account: at least
/// <see cref="MinimumPasswordLength"/> characters and not the user name. No composition rule (NIST SP 800-63B: length
/// makes a password strong, forced digits and symbols do not), any character allowed including spaces. The maximum
/// only keeps a request from carrying megabytes to hash.
/// </summary>
public static class AccountRules
{
    /// <summary>Characters (user-perceived, so an accented letter counts once).</summary>
    public const int MinimumPasswordLength = 12;

    public const int MaximumPasswordLength = 256;

    public const int MaximumUserNameLength = 100;

    /// <summary>The role and basins as the audit trail records them, from the web and the command line alike:
    /// <c>admin</c>, <c>staff: all basins</c> or <c>staff: centre-ouest, nord-est</c>.</summary>
    public static string RoleOf(StaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account.IsAdmin ? "admin" : account.Basins.Count == 0 ? "staff: all basins" : "staff: " + string.Join(", ", account.Basins);
    }

    /// <summary>A user name is 1 to 100 characters without spaces or control characters.</summary>
    public static AccountProblem CheckUserName(string? userName)
    {
        var name = userName?.Trim() ?? "";
        return name.Length is 0 or > MaximumUserNameLength || name.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))
            ? AccountProblem.UserNameInvalid
            : AccountProblem.None;
    }

    /// <summary>The first problem of a new password for <paramref name="userName"/>, or <see cref="AccountProblem.None"/>.</summary>
    public static AccountProblem CheckPassword(string userName, string? password)
    {
        password ??= "";
        var length = new StringInfo(password).LengthInTextElements;
        if (length < MinimumPasswordLength) return AccountProblem.PasswordTooShort;
        if (length > MaximumPasswordLength) return AccountProblem.PasswordTooLong;
        if (string.Equals(password.Trim(), userName.Trim(), StringComparison.OrdinalIgnoreCase)) return AccountProblem.PasswordIsUserName;
        return AccountProblem.None;
    }

    /// <summary>The problem in English, for the command line.</summary>
    public static string Describe(AccountProblem problem) => problem switch
    {
        AccountProblem.UserNameInvalid => $"a user name is 1 to {MaximumUserNameLength} characters without spaces",
        AccountProblem.PasswordTooShort => $"the password must have at least {MinimumPasswordLength} characters (a few words make a good one)",
        AccountProblem.PasswordTooLong => $"the password must have at most {MaximumPasswordLength} characters",
        AccountProblem.PasswordIsUserName => "the password must not be the user name",
        _ => "",
    };
}
