using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Repertoire.Core.Alignment.Staff;

namespace Repertoire.Web.Staff;

/// <summary>
/// A staff session is a cookie naming the account and the security stamp it was issued with. Every request checks
/// both against the account store, so signing out, a password change, disabling or removing the account (also from
/// the command line, which shares the store) ends the session at once instead of when the cookie expires. The role
/// and basins are read from the store on each request too: a new assignment applies on the next page.
/// </summary>
public static class StaffSession
{
    /// <summary>The claim carrying the security stamp.</summary>
    public const string StampClaim = "repertoire:stamp";

    /// <summary>The claim carrying one basin the account works on (none: every basin).</summary>
    public const string BasinClaim = "repertoire:basin";

    /// <summary>The role of administrators.</summary>
    public const string AdminRole = "admin";

    /// <summary>The authorization policy of the account pages.</summary>
    public const string AdminPolicy = "staff-admin";

    private static readonly object AccountKey = new();

    /// <summary>The principal of a session of <paramref name="account"/>.</summary>
    public static ClaimsPrincipal PrincipalOf(StaffAccount account)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, account.UserName), new(StampClaim, account.SecurityStamp) };
        if (account.IsAdmin) claims.Add(new Claim(ClaimTypes.Role, AdminRole));
        claims.AddRange(account.Basins.Select(b => new Claim(BasinClaim, b)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    /// <summary>The signed-in account of this request (as the store holds it now), or null.</summary>
    public static StaffAccount? Account(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true ? context.Items[AccountKey] as StaffAccount : null;

    /// <summary>The cookie handler's check of every request: the account must still exist, be enabled and carry the
    /// stamp of the cookie; otherwise the session ends here and the request goes on unsigned.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var accounts = context.HttpContext.RequestServices.GetRequiredService<IStaffAccountStore>();
        var name = context.Principal?.Identity?.Name;
        var stamp = context.Principal?.FindFirst(StampClaim)?.Value;
        var account = name is null ? null : accounts.Find(name);
        if (account is null || account.Disabled || stamp is null || !string.Equals(stamp, account.SecurityStamp, StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        context.HttpContext.Items[AccountKey] = account;
        // Fresh role and basin claims, without re-issuing the cookie (the stamp in it stays valid).
        context.ReplacePrincipal(PrincipalOf(account));
    }
}
