using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Repertoire.Core.Alignment.Staff;
using Repertoire.Web.Staff;

namespace Repertoire.Web.Pages.Staff;

/// <summary>The staff sign-in form. A failure says only that the name or password is wrong, is answered slowly,
/// and too many failures from one address lock it out for a while.</summary>
public sealed class SignInPage(StaffAccountStore accounts, SignInThrottle throttle) : StaffPageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The message of a failed attempt.</summary>
    public string? Error { get; private set; }

    public IActionResult OnGet()
    {
        Title = Text["staff.signin.title"];
        return StaffName is null ? Page() : LocalRedirect(Destination());
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Title = Text["staff.signin.title"];
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.IsLocked(client))
        {
            Error = Text["staff.signin.locked"];
            Password = null;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        var name = UserName?.Trim() ?? "";
        if (name.Length == 0 || string.IsNullOrEmpty(Password) || !accounts.Verify(name, Password))
        {
            throttle.Failed(client);
            await Task.Delay(throttle.FailureDelay, HttpContext.RequestAborted);
            Error = Text["staff.signin.failed"];
            Password = null;
            return Page();
        }
        throttle.Succeeded(client);
        // The account's own spelling, so decisions are signed with one name whatever the case typed.
        var account = accounts.List().FirstOrDefault(a => string.Equals(a.UserName, name, StringComparison.OrdinalIgnoreCase));
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, account?.UserName ?? name)], CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Destination());
    }

    private string Destination() =>
        !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : StaffUrl("/staff/alignment");
}
