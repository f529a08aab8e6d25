using Repertoire.Core.Records;

namespace Repertoire.Web.Infrastructure;

/// <summary>Sends <c>/</c> to <c>/fr/</c> or <c>/nl/</c>, and remembers the language of every page visited.</summary>
public static class LanguageMiddleware
{
    /// <summary>Maps <c>GET /</c> to the visitor's language.</summary>
    public static IEndpointRouteBuilder MapLanguageRedirect(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpContext context) =>
        {
            // The answer depends on these headers: caches must not serve one visitor's choice to another.
            context.Response.Headers.Vary = "Accept-Language, Cookie";
            return Results.Redirect(LanguageLinks.HomeOf(RequestLanguage.Negotiate(context.Request)));
        }).ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>Stores the language of each page in a cookie, so <c>/</c> returns the visitor to it.</summary>
    public static IApplicationBuilder UseLanguageMemory(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (HttpMethods.IsGet(context.Request.Method) && RequestLanguage.FromPath(context.Request.Path) is { } language
            && context.Request.Cookies[RequestLanguage.CookieName] != language.Code())
        {
            context.Response.Cookies.Append(RequestLanguage.CookieName, language.Code(), new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                SameSite = SameSiteMode.Lax,
                HttpOnly = true,
                Secure = context.Request.IsHttps,
                IsEssential = true,
            });
        }
        await next();
    });
}
