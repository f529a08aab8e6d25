using Repertoire.Web.Infrastructure;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Repertoire.Core.Records;
using Repertoire.Web.Api;

namespace Repertoire.Web.NeedsWatch;

/// <summary>
/// <c>GET /api/v1/needs-watch</c>: a basin's (or the Region's) needs watch over a period, as JSON, or one of its
/// tables as CSV (<c>format=csv&amp;table=…</c>). Counts below k are null for the public.
/// </summary>
internal static class NeedsWatchApi
{
    public static RouteHandlerBuilder MapNeedsWatchApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/v1/needs-watch", Get)
            .WithTags("Needs watch").WithGroupName("v1").WithName("GetNeedsWatch")
            .WithSummary("What was searched in a basin or the Region over a period: needs, searches without local offer, demand against offer, weeks.")
            .WithDescription("Parameters: basin (a basin id or region; default region), from and to (yyyy-mm-dd, inclusive, Brussels time; default the last twelve weeks), " +
                "lang (fr or nl, for labels; default fr), format (json or csv), table (for CSV: needs, unmet, coverage, weeks or texts; default needs). " +
                "Counts from 1 to k-1 (k = 5 by default) are null, or an empty CSV cell, unless a staff member is signed in; query texts below k are left out.")
            .Produces<NeedsWatchReport>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblems(StatusCodes.Status400BadRequest);

    private static Results<Ok<NeedsWatchReport>, FileContentHttpResult, ValidationProblem, ProblemHttpResult> Get(
        HttpContext context, NeedsWatchReader reader, ILoggerFactory logs)
    {
        var request = reader.Parse(context.Request.Query);
        var errors = new Dictionary<string, string[]>(request.Errors);
        var langValue = context.Request.Query["lang"];
        if (!ApiLanguage.TryRead(langValue.Count > 1 ? "?" : langValue.ToString(), out var lang, out _))
            errors["lang"] = ["lang is fr or nl."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "Bad needs-watch parameters.", detail: string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        var staff = NeedsWatchReader.IsStaff(context);
        NeedsWatchReport report;
        try
        {
            report = reader.Read(request, lang, staff);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logs.CreateLogger(typeof(NeedsWatchApi)).LogError(e, "Needs watch store unreadable.");
            context.Response.Headers.RetryAfter = "30";
            return TypedResults.Problem(title: "The needs watch is unavailable.", detail: "Its store cannot be read; retry later.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        // A staff answer holds counts below k: it must never sit in a shared cache.
        context.Response.Headers.CacheControl = staff ? "private, no-store" : null;
        context.Response.Headers.Vary = "Cookie";
        if (!request.Csv) return TypedResults.Ok(report);
        using var text = new StringWriter();
        NeedsWatchCsv.Write(text, report, request.Table);
        return TypedResults.File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", NeedsWatchCsv.FileName(report, request.Table));
    }
}
