namespace Repertoire.Web.Infrastructure;

/// <summary>
/// <c>GET /healthz</c>: 200 once the directory and its search index are ready to serve, 503 before. Listings whose
/// file has become invalid are named under <c>retained</c> with the status <c>degraded</c>: their last good version
/// is served until the file is fixed.
/// </summary>
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
                status = content.Retained.Count > 0 ? "degraded" : "ok",
                listings = content.Organisations.Count,
                problems = content.Problems.Count(p => p.Severity == Core.Content.ProblemSeverity.Error),
                retained = content.Retained.Select(r => new { id = r.Id, path = r.Path, problems = r.Problems.Select(p => p.ToString()) }),
            });
        }).ExcludeFromDescription();
        return endpoints;
    }
}
