using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Repertoire.Web.Infrastructure;

/// <summary>
/// The OpenAPI documents (<c>/openapi/v1.json</c>, <c>/openapi/hsds.json</c>) with a real title and description, a
/// description for every query parameter, and every error response with its problem shape; the readable API reference
/// (Scalar) at <c>/reference</c>.
/// </summary>
public static class OpenApiExtensions
{
    /// <summary>Where the API reference is served (linked from the site's footer).</summary>
    public const string ReferencePath = "/reference";

    // The reference page is Scalar's: its bootstrap script and its styles are inline, so it gets its own policy.
    // connect-src stays 'self': trying a request from the page reaches this site only.
    private const string ReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public static IServiceCollection AddRepertoireOpenApi(this IServiceCollection services)
    {
        services.AddOpenApi("v1", o =>
        {
            o.ShouldInclude = d => d.GroupName is null or "v1";
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Repertoire API",
                    Version = "v1",
                    Description = "The directory of social and health services in Brussels, in French and Dutch: search with " +
                        "filters and facets, one listing in both languages, the taxonomy (sectors, needs), the territory " +
                        "(basins, communes, quartiers), as-you-type suggestions and the Bruxelles-Social / De Sociale Kaart " +
                        "crosswalk. Every route is GET; every error is an RFC 9457 problem document (type, title, status, " +
                        "detail, instance; errors per parameter on a 400; Retry-After on a 429 and a 503).",
                };
                return Task.CompletedTask;
            });
            o.AddOperationTransformer(ApiParameterDocs.DescribeAsync);
        });
        services.AddOpenApi("hsds", o =>
        {
            o.ShouldInclude = d => d.GroupName == "hsds";
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Repertoire HSDS 3.0 API",
                    Version = "3.0",
                    Description = "The directory as Open Referral HSDS 3.0 (services, organizations, taxonomies, taxonomy " +
                        "terms), one language per request (lang=fr or lang=nl) with the same UUIDs in both.",
                };
                return Task.CompletedTask;
            });
            o.AddOperationTransformer(ApiParameterDocs.DescribeAsync);
        });
        return services;
    }

    public static WebApplication MapRepertoireOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference(ReferencePath, o => o
            .WithTitle("Repertoire API reference")
            // A reference for readers: no hosted AI agent, deployment buttons or usage reports to a third party.
            .HideDeveloperTools()
            .DisableAgent()
            .DisableTelemetry()
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .AddDocument("v1", "Repertoire API (v1)", isDefault: true)
            .AddDocument("hsds", "HSDS 3.0"));
        app.UseWhen(c => c.Request.Path.StartsWithSegments(ReferencePath) || c.Request.Path.StartsWithSegments("/scalar"),
            reference => reference.Use((context, next) =>
            {
                context.Response.Headers.ContentSecurityPolicy = ReferencePolicy;
                return next(context);
            }));
        return app;
    }

    /// <summary>
    /// Declares the problem responses of an endpoint or group for OpenAPI: each status given, plus the 429 of the rate
    /// limit that every API route shares; a 400 carries <c>errors</c> (the validation problem shape).
    /// </summary>
    public static TBuilder ProducesProblems<TBuilder>(this TBuilder builder, params int[] statuses) where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statuses.Append(StatusCodes.Status429TooManyRequests).Distinct())
        {
            var type = status == StatusCodes.Status400BadRequest ? typeof(HttpValidationProblemDetails) : typeof(ProblemDetails);
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, type, ["application/problem+json"]));
        }
        return builder;
    }
}
