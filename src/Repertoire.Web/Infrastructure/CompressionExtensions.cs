using Microsoft.AspNetCore.ResponseCompression;

namespace Repertoire.Web.Infrastructure;

/// <summary>
/// Brotli and gzip for pages, CSS, scripts and JSON: professionals often work on slow or shared connections.
/// The pages carry no secret (no session, no anti-forgery token), so compressing them over HTTPS is safe.
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
}
