using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Repertoire.Web.Infrastructure;

/// <summary>
/// Every error on an <c>/api</c> path is an RFC 9457 problem document of one shape: <c>type</c>, <c>title</c>,
/// <c>status</c>, <c>detail</c>, <c>instance</c>, plus <c>errors</c> (messages per parameter) on a 400. An empty error
/// response (unknown route 404, 405, a 400 from binding) gains one, and an exception becomes a 500 one instead of the
/// site's HTML error page.
/// </summary>
public sealed class ApiProblems(RequestDelegate next, ILogger<ApiProblems> logger)
{
    // ASP.NET Core fills type and title for most statuses (RFC 9110 sections) but not for 429, which RFC 6585 defines.
    private static readonly Dictionary<int, (string Type, string Title)> Missing = new()
    {
        [StatusCodes.Status429TooManyRequests] = ("https://www.rfc-editor.org/rfc/rfc6585#section-4", "Too Many Requests"),
    };

    /// <summary>Completes every problem document the same way: type, title, a detail and the instance (the path).</summary>
    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Instance ??= context.HttpContext.Request.Path;
        if (problem.Status is { } status && Missing.TryGetValue(status, out var known))
        {
            problem.Type ??= known.Type;
            problem.Title ??= known.Title;
        }
        // A client reads detail for what to do; the title alone says only the status.
        problem.Detail ??= problem.Title;
    }

    /// <summary>A 400 problem naming one bad parameter in <c>errors</c>.</summary>
    public static ProblemHttpResult BadParameter(string parameter, string message) =>
        BadParameters(new Dictionary<string, string[]> { [parameter] = [message] });

    /// <summary>A 400 problem naming each bad parameter in <c>errors</c>; <c>detail</c> says it all in one line.</summary>
    public static ProblemHttpResult BadParameters(IReadOnlyDictionary<string, string[]> errors, string title = "Bad parameter") =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = title,
            Detail = string.Join(" ", errors.SelectMany(e => e.Value)),
        });

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        // The visitors' status pages are HTML; API clients get problem documents instead.
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages) statusPages.Enabled = false;
        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(e, "Unhandled error on {Path}", context.Request.Path);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            if (Cluster.DatabaseOutage.Is(e)) Cluster.DatabaseOutage.Answer(context.Response);
            await WriteAsync(context, problems, null);
            return;
        }
        var response = context.Response;
        if (response.StatusCode >= 400 && !response.HasStarted && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
            await WriteAsync(context, problems, null);
    }

    /// <summary>The rate limiter's answer: 429, Retry-After in seconds, and a problem document.</summary>
    public static async ValueTask WriteTooManyRequestsAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        // The search pages share the limiter: they get the visitors' HTML status page, not a problem document.
        if (!context.Request.Path.StartsWithSegments("/api")) return;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await WriteAsync(context, problems, "Too many requests from this client; retry after the number of seconds in Retry-After.");
    }

    private static async Task WriteAsync(HttpContext context, IProblemDetailsService problems, string? detail)
    {
        var problem = new ProblemDetails { Status = context.Response.StatusCode, Detail = detail };
        if (context.Response.StatusCode == StatusCodes.Status500InternalServerError)
            problem.Detail = "An unexpected error occurred; it has been logged. Please retry later.";
        if (context.Response.StatusCode == StatusCodes.Status405MethodNotAllowed)
            problem.Detail = $"{context.Request.Method} is not allowed here; the API is read-only (GET).";
        else if (context.Response.StatusCode == StatusCodes.Status404NotFound && detail is null)
            problem.Detail = $"No API resource at {context.Request.Path}.";
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
