namespace Repertoire.Core.Alignment.Staff;

/// <summary>Where staff accounts live (SQLite under the data folder by default). Every change that must end an
/// account's sessions (password, disabling, sign-out) gives it a new <see cref="StaffAccount.SecurityStamp"/>.</summary>
public interface IStaffAccountStore
{
    /// <summary>Adds an account, or for an existing one sets its password, role and basins (and ends its sessions).
    /// Returns true when the account is new.</summary>
    bool Add(string userName, string password, bool isAdmin = false, IReadOnlyList<string>? basins = null);

    /// <summary>Sets a new password and ends the account's sessions; false when there is no such account.</summary>
    bool SetPassword(string userName, string password);

    /// <summary>Disables (ending its sessions) or enables an account; false when there is no such account.</summary>
    bool SetDisabled(string userName, bool disabled);

    /// <summary>Sets the role and the basins (empty: every basin); false when there is no such account.</summary>
    bool SetRole(string userName, bool isAdmin, IReadOnlyList<string> basins);

    /// <summary>Gives the account a new security stamp, ending its sessions; false when there is no such account.</summary>
    bool EndSessions(string userName);

    /// <summary>Removes an account; false when there was none.</summary>
    bool Remove(string userName);

    /// <summary>The account, or null.</summary>
    StaffAccount? Find(string userName);

    /// <summary>The accounts, by user name.</summary>
    IReadOnlyList<StaffAccount> List();

    /// <summary>The account when it exists, is enabled and the password is right; otherwise null, after the same
    /// amount of hashing work so timing does not tell which names exist.</summary>
    StaffAccount? Authenticate(string userName, string password);
}
