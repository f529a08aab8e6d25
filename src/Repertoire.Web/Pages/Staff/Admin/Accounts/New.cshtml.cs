using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Repertoire.Core.Alignment.Staff;
using Repertoire.Web.Infrastructure;
using Repertoire.Web.Staff;

namespace Repertoire.Web.Pages.Staff.Admin.Accounts;

/// <summary>Creates a staff account: user name, password (the command line's rule, typed twice), role and basins.
/// An existing name is refused (409), never overwritten. The creation is written to the audit trail.</summary>
[RequestFormLimits(ValueCountLimit = 100)]
public sealed class New(StaffAdministration administration, ContentStore content) : StaffPageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Confirm { get; set; }

    [BindProperty]
    public string? Role { get; set; } = AccountForm.StaffRole;

    [BindProperty]
    public List<string> Basins { get; set; } = [];

    /// <summary>What is wrong with the form, per field ("" for the form as a whole).</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<(string Id, string Name)> TerritoryBasins => content.Current.Territory.Basins.Select(b => (b.Id, b.Name.Get(Lang) ?? b.Id)).ToList();

    public IActionResult OnGet()
    {
        Title = Text["accounts.new"];
        return Page();
    }

    public IActionResult OnPost()
    {
        Title = Text["accounts.new"];
        var name = UserName?.Trim() ?? "";
        if (AccountRules.CheckUserName(name) != AccountProblem.None) Errors[nameof(UserName)] = Text["accounts.error.name"];
        else if (AccountForm.PasswordError(Text, name, Password, Confirm) is { } password) Errors[nameof(Password)] = password;
        if (AccountForm.RoleError(Text, Role) is { } role) Errors[nameof(Role)] = role;
        if (AccountForm.BasinError(Text, administration, Basins) is { } basin) Errors[nameof(Basins)] = basin;
        if (Errors.Count > 0) return Refuse(StatusCodes.Status400BadRequest);

        var result = administration.Create(StaffName!, name, Password!, Role == AccountForm.AdminRole, Basins);
        if (result == AccountChangeResult.Exists)
        {
            Errors[nameof(UserName)] = Text["accounts.error.exists"];
            return Refuse(StatusCodes.Status409Conflict);
        }
        return LocalRedirect(StaffUrl("/staff/admin/accounts/edit", ("name", name), ("done", "created")));
    }

    // The form comes back with what was typed, except the passwords.
    private PageResult Refuse(int status)
    {
        Password = Confirm = null;
        Response.StatusCode = status;
        return Page();
    }
}
