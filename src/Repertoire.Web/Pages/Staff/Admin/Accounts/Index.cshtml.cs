using Microsoft.AspNetCore.Mvc;
using Repertoire.Core.Alignment.Staff;
using Repertoire.Web.Infrastructure;

namespace Repertoire.Web.Pages.Staff.Admin.Accounts;

/// <summary>The staff accounts, for administrators (the <c>/Staff/Admin</c> folder needs the administrator role): name,
/// role, basins, whether enabled, and a link to each account's page.</summary>
public sealed class Index(IStaffAccountStore accounts, ContentStore content) : StaffPageModel
{
    /// <summary>What the previous page did (<c>removed</c>), for the message.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public IReadOnlyList<StaffAccount> Accounts { get; private set; } = [];

    public IActionResult OnGet()
    {
        Title = Text["accounts.title"];
        Accounts = accounts.List();
        return Page();
    }

    /// <summary>"Tous les bassins", or the basins' names in the page's language.</summary>
    public string BasinsOf(StaffAccount account) =>
        account.AllBasins ? Text["accounts.basins.all"]
        : string.Join(", ", account.Basins.Select(b => content.Current.Territory.Basin(b)?.Name.Get(Lang) ?? b));
}
