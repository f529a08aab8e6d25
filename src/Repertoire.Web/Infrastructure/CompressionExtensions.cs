using Microsoft.AspNetCore.ResponseCompression;

namespace Repertoire.Web.Infrastructure;

/// <summary>
/// Brotli and gzip for pages, CSS, scripts and JSON: professionals often work on slow or shared connections.
/// Public pages carry no secret, so compressing them over HTTPS is safe. Pages that carry an anti-forgery token or a
/// session and echo what was typed (the staff workbench, the "report an error" form) are never compressed: the
/// length of a compressed response would leak their secrets to an attacker who can inject text (BREACH).
/// </summary>
public static class CompressionExtensions
{
    public static IServiceCollection AddRepertoireCompression(this IServiceCollection services) =>
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });

    /// <summary>Compresses every response except those of <see cref="CarriesSecrets"/> pages.</summary>
    public static IApplicationBuilder UseRepertoireCompression(this IApplicationBuilder app) =>
        app.UseWhen(context => !CarriesSecrets(context.Request.Path), branch => branch.UseResponseCompression());

    /// <summary>Staff pages, and the public forms with an anti-forgery token.</summary>
    public static bool CarriesSecrets(PathString path) =>
        path.StartsWithSegments("/staff", StringComparison.OrdinalIgnoreCase) || FormSuffixes.Any(suffix =>
            path.Value?.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) == true);

    // The last segment of the report form's two URLs (LocalizedRoutes: /fr/organisations/{id}/signaler, /nl/organisaties/{id}/melden).
    private static readonly string[] FormSuffixes = ["/signaler", "/melden"];
}
