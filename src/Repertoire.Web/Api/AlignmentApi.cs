using System.Text;
using Repertoire.Core.Alignment.Crosswalk;
using Repertoire.Web.Infrastructure;
using Repertoire.Web.Staff;

namespace Repertoire.Web.Api;

/// <summary><c>GET /api/v1/alignment/crosswalk</c>: the published crosswalk (docs/alignment.md), public read.</summary>
internal static class AlignmentApi
{
    public static RouteGroupBuilder MapAlignmentApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/alignment");
        group.MapGet("/crosswalk", Crosswalk)
            .WithTags("Alignment").WithName("GetCrosswalk")
            .WithSummary("The published Bruxelles-Social / De Sociale Kaart crosswalk, as JSON or CSV.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        return group;
    }

    /// <summary>JSON by default, CSV with <c>?format=csv</c>; a 404 problem document while no exports are
    /// installed (an empty crosswalk would read as "nothing matches"), 400 for an unknown format.</summary>
    private static IResult Crosswalk(AlignmentWorkspace workspace, string? format)
    {
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        if (!csv && !string.IsNullOrEmpty(format) && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
            return ApiProblems.BadParameter("format", "format is json (the default) or csv.");

        var snapshot = workspace.Current;
        if (snapshot.Result is not { } result)
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No alignment exports",
                detail: "The Bruxelles-Social and De Sociale Kaart exports are not installed on this server yet.");

        var document = result.ToCrosswalk();
        return csv
            ? Results.Text(CrosswalkCsvWriter.Write(document), "text/csv; charset=utf-8", Encoding.UTF8)
            : Results.Text(CrosswalkJsonWriter.Write(document), "application/json; charset=utf-8", Encoding.UTF8);
    }
}
