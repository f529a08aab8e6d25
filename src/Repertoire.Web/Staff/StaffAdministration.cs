using Repertoire.Core.Alignment.Staff;
using Repertoire.Core.Audit;
using Repertoire.Web.Infrastructure;

namespace Repertoire.Web.Staff;

/// <summary>How an administrator's change to an account went.</summary>
public enum AccountChangeResult
{
    Done,
    NotFound,
    Exists,
    /// <summary>Refused: it would leave no enabled administrator, and nobody could manage accounts from the web.</summary>
    LastAdministrator,
}

/// <summary>
/// The one place where the web changes staff accounts: each change goes to <see cref="IStaffAccountStore"/>, then to
/// the audit trail with who, what before and what after (never a password or its hash). The account and the trail
/// are separate files, so the entry is written right after the change it records. Changes are made one at a time, so
/// two administrators cannot both pass the "last administrator" check, nor create the same name twice.
/// Sessions: a new password, disabling and removal end the account's sessions (the store gives it a new security
/// stamp or deletes it); a new role or new basins apply from the next request, since every request reads them from
/// the store (<see cref="StaffSession"/>), so the account's sessions go on.
/// </summary>
public sealed class StaffAdministration(IStaffAccountStore accounts, IAuditTrail audit, ContentStore content)
{
    private readonly Lock _lock = new();

    /// <summary>The basin ids of the territory that are not known, for the forms' validation.</summary>
    public IReadOnlyList<string> UnknownBasins(IEnumerable<string> basins) =>
        basins.Where(b => content.Current.Territory.Basin(b) is null).ToList();

    /// <summary>Creates an account; <see cref="AccountChangeResult.Exists"/> when the name is taken (an existing
    /// account is never overwritten from this form). Name, password and basins must have been checked.</summary>
    public AccountChangeResult Create(string actor, string userName, string password, bool isAdmin, IReadOnlyList<string> basins)
    {
        lock (_lock)
        {
            if (accounts.Find(userName) is not null) return AccountChangeResult.Exists;
            accounts.Add(userName, password, isAdmin, isAdmin ? [] : basins);
            var created = accounts.Find(userName)!;
            Record(actor, AuditActions.AccountCreate, created.UserName, "role", null, Describe(created));
            return AccountChangeResult.Done;
        }
    }

    /// <summary>Sets a new password; the account's sessions end.</summary>
    public AccountChangeResult SetPassword(string actor, string userName, string password)
    {
        lock (_lock)
        {
            if (accounts.Find(userName) is not { } account || !accounts.SetPassword(account.UserName, password)) return AccountChangeResult.NotFound;
            Record(actor, AuditActions.AccountPassword, account.UserName, "password", null, null);
            return AccountChangeResult.Done;
        }
    }

    /// <summary>Disables (the sessions end) or enables an account. Nothing is recorded when it already was so.</summary>
    public AccountChangeResult SetDisabled(string actor, string userName, bool disabled)
    {
        lock (_lock)
        {
            if (accounts.Find(userName) is not { } account) return AccountChangeResult.NotFound;
            if (account.Disabled == disabled) return AccountChangeResult.Done;
            if (disabled && IsLastAdministrator(account)) return AccountChangeResult.LastAdministrator;
            if (!accounts.SetDisabled(account.UserName, disabled)) return AccountChangeResult.NotFound;
            Record(actor, disabled ? AuditActions.AccountDisable : AuditActions.AccountEnable, account.UserName, "disabled",
                disabled ? "false" : "true", disabled ? "true" : "false");
            return AccountChangeResult.Done;
        }
    }

    /// <summary>Sets the role and basins (an administrator works on every basin, so its basins are dropped).
    /// Nothing is recorded when they do not change.</summary>
    public AccountChangeResult SetRole(string actor, string userName, bool isAdmin, IReadOnlyList<string> basins)
    {
        lock (_lock)
        {
            if (accounts.Find(userName) is not { } account) return AccountChangeResult.NotFound;
            if (account.IsAdmin && !isAdmin && IsLastAdministrator(account)) return AccountChangeResult.LastAdministrator;
            if (!accounts.SetRole(account.UserName, isAdmin, isAdmin ? [] : basins)) return AccountChangeResult.NotFound;
            var changed = accounts.Find(account.UserName)!;
            if (Describe(changed) != Describe(account))
                Record(actor, AuditActions.AccountRole, account.UserName, "role", Describe(account), Describe(changed));
            return AccountChangeResult.Done;
        }
    }

    /// <summary>Removes an account; its sessions end.</summary>
    public AccountChangeResult Remove(string actor, string userName)
    {
        lock (_lock)
        {
            if (accounts.Find(userName) is not { } account) return AccountChangeResult.NotFound;
            if (IsLastAdministrator(account)) return AccountChangeResult.LastAdministrator;
            if (!accounts.Remove(account.UserName)) return AccountChangeResult.NotFound;
            Record(actor, AuditActions.AccountRemove, account.UserName, "role", Describe(account) + (account.Disabled ? " (disabled)" : ""), null);
            return AccountChangeResult.Done;
        }
    }

    /// <summary>The role and basins as the audit trail records them (<see cref="AccountRules.RoleOf"/>).</summary>
    public static string Describe(StaffAccount account) => AccountRules.RoleOf(account);

    // The only enabled administrator: disabling, removing or demoting it would leave the web without one.
    private bool IsLastAdministrator(StaffAccount account) =>
        account is { IsAdmin: true, Disabled: false }
        && !accounts.List().Any(a => a.IsAdmin && !a.Disabled && !string.Equals(a.UserName, account.UserName, StringComparison.OrdinalIgnoreCase));

    private void Record(string actor, string action, string subject, string field, string? before, string? after) =>
        audit.Record(new AuditEntry { Actor = actor, Action = action, Kind = AuditSubject.Account, Subject = subject, Field = field, Before = before, After = after });
}
