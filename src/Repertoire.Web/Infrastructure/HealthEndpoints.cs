namespace Repertoire.Web.Infrastructure;

/// <summary><c>GET /healthz</c>: 200 once the directory is ready to serve.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", (ContentStore store) =>
        {
            var content = store.Current;
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
