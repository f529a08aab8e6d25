namespace Repertoire.Web.Infrastructure;

/// <summary><c>GET /healthz</c>: 200 once the directory and its search index are ready to serve, 503 before.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", (ContentStore store, IServiceProvider services) =>
        {
            var content = store.Current;
            if (services.GetService<SearchIndexHost>() is { IsReady: false })
                return Results.Json(new { status = "indexing", listings = content.Organisations.Count }, statusCode: StatusCodes.Status503ServiceUnavailable);
            return Results.Ok(new
            {
                status = "ok",
                listings = content.Organisations.Count,
                problems = content.Problems.Count(p => p.Severity == Core.Content.ProblemSeverity.Error),
            });
        }).ExcludeFromDescription();
        return endpoints;
    }
}
