using Microsoft.Extensions.Options;

namespace Repertoire.Web.Infrastructure;

/// <summary>
/// Security headers on every response; the CSP allows no inline script and no third-party origin but the map tiles'
/// (images only, from the tile server of <see cref="MapTiles"/>).
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var tiles = app.ApplicationServices.GetRequiredService<IOptions<MapTiles>>().Value;
        var policy =
            $"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: {tiles.Origin}; font-src 'self'; " +
            "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
        return app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                // The widget's files and the API are meant to be used by other sites: they keep their own CORS rules,
                // and no framing rule applies to data.
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "geolocation=(), camera=(), microphone=()";
                if (!headers.ContainsKey("Content-Security-Policy")) headers.ContentSecurityPolicy = policy;
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next();
        });
    }
}
