using Microsoft.AspNetCore.Http.HttpResults;
using Repertoire.Core.Index;
using Repertoire.Web.Infrastructure;
using Repertoire.Web.NeedsWatch;

namespace Repertoire.Web.Api;

/// <summary><c>GET /api/v1/search</c>: the directory's search, as the API contract describes it.</summary>
internal static class SearchApi
{
    // How long a search waits for the first index before answering 503.
    private static readonly TimeSpan ReadyWait = TimeSpan.FromSeconds(15);

    public static RouteGroupBuilder MapSearch(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1");
        group.MapGet("/search", SearchAsync)
            .WithName("Search")
            .WithSummary("Bilingual, typo-tolerant search of the listings with filters and facets.");
        return group;
    }

    private static async Task<Results<Ok<SearchResponse>, ValidationProblem, ProblemHttpResult>> SearchAsync(
        HttpContext context, SearchIndexHost host, SearchRecorder recorder, CancellationToken cancellationToken)
    {
        if (!await host.WaitReadyAsync(ReadyWait, cancellationToken) || host.Current is not { } engine)
        {
            context.Response.Headers.RetryAfter = "5";
            return TypedResults.Problem(title: "The search index is being built.", detail: "Retry in a few seconds.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        var request = SearchRequest.Parse(context.Request.Query, engine.Content);
        if (request.Query is not { } query)
            return TypedResults.ValidationProblem(request.Errors, title: "Bad search parameters.", detail: request.Describe());
        var result = engine.Search(query);
        recorder.Record(context, query, result);
        return TypedResults.Ok(SearchResponse.From(result));
    }
}
