using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Repertoire.Web.Pages.Staff;

/// <summary>Signs out (POST only: a link or an image on another page must not sign anyone out).</summary>
public sealed class SignOutPage : StaffPageModel
{
    public IActionResult OnGet() => LocalRedirect(StaffUrl("/staff/alignment"));

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect(StaffUrl("/staff/sign-in"));
    }
}
