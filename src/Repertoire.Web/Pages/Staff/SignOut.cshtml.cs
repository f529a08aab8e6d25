using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Repertoire.Core.Alignment.Staff;

namespace Repertoire.Web.Pages.Staff;

/// <summary>Signs out (POST only: a link or an image on another page must not sign anyone out). The account gets a
/// new security stamp, so a copy of the cookie kept elsewhere stops working too.</summary>
public sealed class SignOutPage(IStaffAccountStore accounts) : StaffPageModel
{
    public IActionResult OnGet() => LocalRedirect(StaffUrl("/staff/alignment"));

    public async Task<IActionResult> OnPostAsync()
    {
        if (StaffName is { } name) accounts.EndSessions(name);
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect(StaffUrl("/staff/sign-in"));
    }
}
