using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Repertoire.Core.Alignment.Staff;
using Repertoire.Core.Audit;
using Repertoire.Web.Infrastructure;
using Repertoire.Web.Staff;

namespace Repertoire.Web.Pages.Staff.Admin.Accounts;

/// <summary>One account, for administrators: its role and basins, a new password, disabling or enabling it,
/// removing it, and its history in the audit trail. Every change is recorded there; a new password, disabling and
/// removal end the account's sessions (<see cref="StaffAdministration"/>). The last enabled administrator cannot be
/// disabled, removed or demoted (409).</summary>
[RequestFormLimits(ValueCountLimit = 100)]
public sealed class Edit(IStaffAccountStore accounts, StaffAdministration administration, IAuditTrail audit, ContentStore content) : StaffPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public List<string> Basins { get; set; } = [];

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Confirm { get; set; }

    /// <summary>The removal's confirmation box.</summary>
    [BindProperty]
    public bool ConfirmRemove { get; set; }

    public StaffAccount Target { get; private set; } = default!;

    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    public string? Error { get; private set; }

    public IReadOnlyList<(string Id, string Name)> TerritoryBasins => content.Current.Territory.Basins.Select(b => (b.Id, b.Name.Get(Lang) ?? b.Id)).ToList();

    /// <summary>Whether the account is the signed-in administrator's own.</summary>
    public bool IsSelf => string.Equals(Target.UserName, StaffName, StringComparison.OrdinalIgnoreCase);

    public IActionResult OnGet() => Load() ?? Page();

    public IActionResult OnPostRole()
    {
        if (Load() is { } refusal) return refusal;
        if ((AccountForm.RoleError(Text, Role) ?? AccountForm.BasinError(Text, administration, Basins)) is { } error) return Fail(StatusCodes.Status400BadRequest, error);
        return Outcome(administration.SetRole(StaffName!, Target.UserName, Role == AccountForm.AdminRole, Basins), "role");
    }

    public async Task<IActionResult> OnPostPasswordAsync()
    {
        if (Load() is { } refusal) return refusal;
        if (AccountForm.PasswordError(Text, Target.UserName, Password, Confirm) is { } error) return Fail(StatusCodes.Status400BadRequest, error);
        var self = IsSelf;
        var result = administration.SetPassword(StaffName!, Target.UserName, Password!);
        return self && result == AccountChangeResult.Done ? await SignedOutAsync() : Outcome(result, "password");
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (Load() is { } refusal) return refusal;
        var self = IsSelf;
        var result = administration.SetDisabled(StaffName!, Target.UserName, disabled: true);
        return self && result == AccountChangeResult.Done ? await SignedOutAsync() : Outcome(result, "disabled");
    }

    public IActionResult OnPostEnable()
    {
        if (Load() is { } refusal) return refusal;
        return Outcome(administration.SetDisabled(StaffName!, Target.UserName, disabled: false), "enabled");
    }

    public async Task<IActionResult> OnPostRemoveAsync()
    {
        if (Load() is { } refusal) return refusal;
        if (!ConfirmRemove) return Fail(StatusCodes.Status400BadRequest, Text["accounts.error.confirmremove"]);
        var self = IsSelf;
        var result = administration.Remove(StaffName!, Target.UserName);
        if (result != AccountChangeResult.Done) return Outcome(result, "removed");
        return self ? await SignedOutAsync() : LocalRedirect(StaffUrl("/staff/admin/accounts", ("done", "removed")));
    }

    private IActionResult Outcome(AccountChangeResult result, string done) => result switch
    {
        AccountChangeResult.Done => LocalRedirect(StaffUrl("/staff/admin/accounts/edit", ("name", Target.UserName), ("done", done))),
        AccountChangeResult.LastAdministrator => Fail(StatusCodes.Status409Conflict, Text["accounts.error.last"]),
        _ => NotFound(),
    };

    // An administrator who ended their own sessions (new password, disabled, removed) signs in again, if they still can.
    private async Task<IActionResult> SignedOutAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect(StaffUrl("/staff/sign-in"));
    }

    private PageResult Fail(int status, string error)
    {
        Error = error;
        Password = Confirm = null;
        Response.StatusCode = status;
        return Page();
    }

    private IActionResult? Load()
    {
        if (string.IsNullOrWhiteSpace(Name) || accounts.Find(Name) is not { } target) return NotFound();
        Target = target;
        Title = Text.Format("accounts.edit.title", ("NAME", target.UserName));
        // The role form shows the account as stored, unless it comes back with what was posted to it.
        if (Role is null)
        {
            Role = target.IsAdmin ? AccountForm.AdminRole : AccountForm.StaffRole;
            Basins = [.. target.Basins];
        }
        History = audit.Find(new AuditQuery { Kind = AuditSubject.Account, Subject = target.UserName, IncludeAccounts = true, Limit = 200 });
        return null;
    }
}
