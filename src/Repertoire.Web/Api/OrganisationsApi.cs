using Microsoft.AspNetCore.Http.HttpResults;
using Repertoire.Core.Records;
using Repertoire.Web.Infrastructure;

namespace Repertoire.Web.Api;

/// <summary><c>GET /api/v1/organisations/{id}</c>: one whole listing, in both languages.</summary>
internal static class OrganisationsApi
{
    public static RouteGroupBuilder MapOrganisationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/organisations").WithTags("Organisations").WithGroupName("v1");
        group.MapGet("/{id}", Get)
            .WithName("GetOrganisation")
            .WithSummary("One listing: both languages, every field, the description as HTML, the ids in other directories.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        group.MapGet("/{id}/vcard", VCard)
            .WithName("GetOrganisationVCard")
            .WithSummary("One listing as a vCard 4.0 in one language, to add to a phone's contacts: address, phones, hours, access, languages.")
            .Produces(StatusCodes.Status200OK, contentType: "text/vcard")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        return group;
    }

    private static Results<Ok<OrganisationDocument>, ProblemHttpResult> Get(string id, string? lang, ContentStore store)
    {
        if (!ApiLanguage.TryRead(lang, out var language, out var problem)) return (ProblemHttpResult)problem;
        var content = store.Current;
        if (content.Find(id) is not { } organisation)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown organisation",
                detail: $"No listing has the id '{id}'.");
        return TypedResults.Ok(OrganisationDocument.From(organisation, content, language));
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> VCard(string id, string? lang, ContentStore store, NodaTime.IClock clock,
        HttpContext context)
    {
        if (!ApiLanguage.TryRead(lang, out var language, out var problem)) return (ProblemHttpResult)problem;
        var content = store.Current;
        if (content.Find(id) is not { } organisation)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown organisation",
                detail: $"No listing has the id '{id}'.");
        // The card leaves the site: the listing's page is written as an absolute URL.
        var page = $"{context.Request.Scheme}://{context.Request.Host}{LocalizedRoutes.ListingPath(organisation.Id, language)}";
        var card = ListingVCard.Write(organisation, content, language, clock.GetCurrentInstant(), page);
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(card), ListingVCard.ContentType, ListingVCard.FileName(organisation));
    }
}
