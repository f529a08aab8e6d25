using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Repertoire.Core.Alignment.Staff;
using Repertoire.Web.Staff;

namespace Repertoire.Web.Pages.Staff;

/// <summary>The staff sign-in form. A failure says only that the name or password is wrong, is answered slowly,
/// and too many failures from one address or on one account lock them out for a while; password checks wait
/// their turn at <see cref="PasswordCheckGate"/>.</summary>
public sealed class SignInPage(IStaffAccountStore accounts, SignInThrottle throttle, PasswordCheckGate gate) : StaffPageModel
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
        var name = UserName?.Trim() ?? "";
        // The password is never echoed back into the form.
        var password = Password;
        Password = null;
        if (throttle.IsLocked(client, name)) return Refused("staff.signin.locked");
        if (name.Length == 0 || name.Length > 100 || string.IsNullOrEmpty(password) || password.Length > 1000) return await FailedAsync(client, name);
        StaffAccount? account;
        using (var lease = await gate.EnterAsync(HttpContext.RequestAborted))
        {
            if (!lease.IsAcquired) return Refused("staff.signin.busy");
            account = accounts.Authenticate(name, password);
        }
        if (account is null) return await FailedAsync(client, name);
        throttle.Succeeded(name);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, StaffSession.PrincipalOf(account));
        return LocalRedirect(Destination());
    }

    private IActionResult Refused(string message)
    {
        Error = Text[message];
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        Response.Headers.RetryAfter = "60";
        return Page();
    }

    private async Task<IActionResult> FailedAsync(string client, string name)
    {
        throttle.Failed(client, name);
        await Task.Delay(throttle.FailureDelay, HttpContext.RequestAborted);
        Error = Text["staff.signin.failed"];
        return Page();
    }

    private string Destination() =>
        !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : StaffUrl("/staff/alignment");
}
