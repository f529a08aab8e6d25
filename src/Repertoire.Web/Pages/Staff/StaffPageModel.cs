using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.WebUtilities;
using Repertoire.Core.Alignment.Staff;
using Repertoire.Core.Records;
using Repertoire.Web.Infrastructure;
using Repertoire.Web.Staff;

namespace Repertoire.Web.Pages.Staff;

/// <summary>
/// The base of the staff pages. They live outside the public <c>/fr</c>, <c>/nl</c> tree (<c>/staff/...</c>), so the
/// language comes from <c>?lang=nl</c>, else the visitor's language cookie, else French.
/// </summary>
public abstract class StaffPageModel : LocalizedPageModel
{
    public override Language Lang =>
        LanguageExtensions.TryParse(Request.Query["lang"], out var language) ? language
        : LanguageExtensions.TryParse(Request.Cookies[RequestLanguage.CookieName], out language) ? language
        : Language.Fr;

    /// <summary>The signed-in staff member's name, or null.</summary>
    public string? StaffName => User.Identity?.IsAuthenticated == true ? User.Identity.Name : null;

    /// <summary>The signed-in account as the store holds it for this request (role and basins), or null.</summary>
    public StaffAccount? Account => StaffSession.Account(HttpContext);

    /// <summary>The basins the account may read and change; null for every basin (listings without one included).</summary>
    public IReadOnlyCollection<string>? AllowedBasins => Account is { AllBasins: false } account ? account.Basins : null;

    /// <summary>Whether the account may read and change a listing of <paramref name="basin"/>.</summary>
    public bool MayWorkOn(string? basin) => Account?.CanWorkOn(basin) == true;

    /// <summary>A 403 page for a listing outside the account's basins (signed in, so no redirect to sign-in).</summary>
    public IActionResult OutsideBasins() => StatusCode(StatusCodes.Status403Forbidden);

    /// <summary>The same page in the other language (the query string kept, <c>lang</c> replaced).</summary>
    public string OtherLanguageUrl
    {
        get
        {
            var query = QueryHelpers.ParseQuery(Request.QueryString.Value);
            query["lang"] = Lang.Other().Code();
            return QueryHelpers.AddQueryString(Request.PathBase + Request.Path, query);
        }
    }

    /// <summary>A staff path with the current language, e.g. <c>/staff/alignment?lang=nl</c>.</summary>
    public string StaffUrl(string path, params (string Name, string? Value)[] query)
    {
        var values = new List<KeyValuePair<string, string?>>();
        values.AddRange(query.Where(q => q.Value is not null).Select(q => new KeyValuePair<string, string?>(q.Name, q.Value)));
        if (Lang != Language.Fr) values.Add(new("lang", Lang.Code()));
        return QueryHelpers.AddQueryString(path, values);
    }

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        // Staff pages show unpublished decisions: never cached, never indexed. "no-cache, no-store" is what the
        // antiforgery token sets on pages with a form; saying it here already keeps it from logging a warning.
        Response.Headers.CacheControl = "no-cache, no-store";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        base.OnPageHandlerExecuting(context);
    }
}
