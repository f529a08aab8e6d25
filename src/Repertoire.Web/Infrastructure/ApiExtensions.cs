using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Repertoire.Core.Records;
using Repertoire.Web.Api;
using Repertoire.Web.Hsds;

namespace Repertoire.Web.Infrastructure;

/// <summary>
/// The public JSON API (<c>/api/v1</c>, <c>/api/hsds</c>) and what every API response shares: problem documents,
/// open CORS for reading, a per-client rate limit, ETags and Cache-Control, the OpenAPI documents.
/// </summary>
public static class ApiExtensions
{
    public const string CorsPolicy = "public-read";

    public static IServiceCollection AddRepertoireApi(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration("Repertoire:Api");
        services.AddSingleton<SuggestionSource>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ApiProblems.Complete);
        // The contract's JSON is snake_case (per_page, alt_names); explicit [JsonPropertyName]s still win.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        services.AddRepertoireOpenApi();
        services.AddCors(o => o.AddPolicy(CorsPolicy, p => p
            .AllowAnyOrigin()
            .WithMethods("GET")
            .AllowAnyHeader()
            .WithExposedHeaders("ETag", "Retry-After", "Content-Language")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value;
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, options.PermitLimit),
                    Window = TimeSpan.FromSeconds(Math.Max(1, options.WindowSeconds)),
                    QueueLimit = 0,
                });
            });
            o.OnRejected = ApiProblems.WriteTooManyRequestsAsync;
        });
        return services;
    }

    private static bool IsSearchPage(HttpContext context) =>
        LanguageExtensions.All.Any(l => context.Request.Path.Equals(LocalizedRoutes.PathOf("/Search/Index", l), StringComparison.OrdinalIgnoreCase));

    /// <summary>The API's middleware (on <c>/api</c> and <c>/openapi</c> paths only) and its endpoints.</summary>
    public static WebApplication MapRepertoireApi(this WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api") || c.Request.Path.StartsWithSegments("/openapi"), api =>
        {
            // Outermost, so that errors of CORS, the limiter and the endpoints all become problem documents.
            api.UseMiddleware<ApiProblems>();
            api.UseCors(CorsPolicy);
            api.UseRateLimiter();
            api.UseMiddleware<ETagMiddleware>();
        });
        // The search pages run the same searches as /api/v1/search: the same limiter, one budget per client for both.
        app.UseWhen(IsSearchPage, pages => pages.UseRateLimiter());
        app.MapRepertoireOpenApi();
        app.MapOrganisationsApi();
        app.MapTaxonomyApi();
        app.MapTerritoryApi();
        app.MapSuggestApi();
        app.MapHsdsApi();
        return app;
    }
}
