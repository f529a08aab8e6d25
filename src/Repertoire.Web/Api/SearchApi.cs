using Microsoft.AspNetCore.Http.HttpResults;
using Repertoire.Core.Index;
using Repertoire.Web.Infrastructure;
using Repertoire.Web.NeedsWatch;
using Repertoire.Web.Pages.Search;

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
            .WithTags("Search")
            .WithName("Search")
            .WithSummary("Bilingual, typo-tolerant search of the listings with filters and facets.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    private static async Task<Results<Ok<SearchResponse>, FileContentHttpResult, ProblemHttpResult>> SearchAsync(
        [AsParameters] SearchParameters parameters, HttpContext context, SearchIndexHost host, SearchRecorder recorder,
        NodaTime.IClock clock, CancellationToken cancellationToken)
    {
        if (!await host.WaitReadyAsync(ReadyWait, cancellationToken) || host.Current is not { } engine)
        {
            context.Response.Headers.RetryAfter = "5";
            return TypedResults.Problem(title: "The search index is being built.", detail: "Retry in a few seconds.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        // The raw query string is read, not the bound parameters: SearchRequest is shared with the site's search page.
        // One instant for the filter, the counts and each result's "open now", from the site's clock.
        var now = clock.GetCurrentInstant();
        var request = SearchRequest.Parse(context.Request.Query, engine.Content, now);
        var errors = new Dictionary<string, string[]>(request.Errors);
        var format = context.Request.Query["format"];
        var csv = format.Count == 1 && format[0] == "csv";
        if (format.Count > 0 && !csv && !(format.Count == 1 && format[0] == "json")) errors["format"] = ["format is json or csv."];
        if (errors.Count > 0 || request.Query is not { } query) return ApiProblems.BadParameters(errors, "Bad search parameters");
        var result = engine.Search(query);
        // A download repeats the search its page already recorded: the needs watch counts the search once.
        if (!csv) recorder.Record(context, query, result);
        if (csv)
        {
            // Every result, not a page: a list to pass on. The links in it are absolute, since a file leaves the site.
            var content = engine.Content;
            var origin = $"{context.Request.Scheme}://{context.Request.Host}";
            var rows = SearchCsv.Rows(SearchCsv.Listings(engine, query, content), content, query.Lang, now, path => origin + path);
            return TypedResults.File(Staff.CsvExport.Bytes(SearchCsv.Header(query.Lang), rows), Staff.CsvExport.ContentType,
                SearchCsv.FileName(query.Lang, now));
        }
        // The same search on the site, from its first page at the site's page size: the widget's "all results" link.
        var onSite = SearchLink.To(query with { Page = 1, PerPage = SearchLink.DefaultPerPage });
        return TypedResults.Ok(SearchResponse.From(result, LocalizedRoutes.ListingPath, onSite, engine.Content.Find, now));
    }

    /// <summary>
    /// The parameters of the search as the OpenAPI document lists them. All are strings so that binding never fails
    /// before <see cref="SearchRequest"/> can name what is wrong.
    /// </summary>
    internal sealed record SearchParameters(string? q, string? lang, string[]? basin, string[]? commune, string[]? sector,
        string[]? need, string[]? language, string? open_now, string? accessible, string? page, string? per_page, string? format);
}
