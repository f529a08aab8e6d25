using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Repertoire.Web.Infrastructure;

/// <summary>
/// Every error on an <c>/api</c> path is an RFC 9457 problem document: an empty error response (unknown route 404,
/// 405, a 400 from binding) gains one, and an exception becomes a 500 one instead of the site's HTML error page.
/// </summary>
public sealed class ApiProblems(RequestDelegate next, ILogger<ApiProblems> logger)
{
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
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await WriteAsync(context, problems, "Too many requests from this client; retry after the number of seconds in Retry-After.");
    }

    private static async Task WriteAsync(HttpContext context, IProblemDetailsService problems, string? detail)
    {
        var problem = new ProblemDetails { Status = context.Response.StatusCode, Detail = detail };
        if (context.Response.StatusCode == StatusCodes.Status405MethodNotAllowed)
            problem.Detail = $"{context.Request.Method} is not allowed here; the API is read-only (GET).";
        else if (context.Response.StatusCode == StatusCodes.Status404NotFound && detail is null)
            problem.Detail = $"No API resource at {context.Request.Path}.";
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
