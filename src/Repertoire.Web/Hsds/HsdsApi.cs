using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Repertoire.Core.Content;
using Repertoire.Core.Index;
using Repertoire.Core.Records;
using Repertoire.Core.Common;
using Repertoire.Web.Api;
using Repertoire.Web.Infrastructure;

namespace Repertoire.Web.Hsds;

/// <summary>
/// Open Referral HSDS 3.0 at <c>/api/hsds</c>: <c>/</c>, services, organizations, taxonomies and taxonomy terms.
/// One language per request (<c>lang=fr</c>, the default, or <c>nl</c>), with the same UUIDs in both.
/// </summary>
internal static class HsdsApi
{
    public const string Version = "3.0";
    public const int DefaultPerPage = 50;
    public const int MaxPerPage = 100;
    private const int MaxPage = 100_000;

    public static RouteGroupBuilder MapHsdsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/hsds").WithTags("HSDS").WithGroupName("hsds");
        group.MapGet("/", Info).WithName("getAPIMetaInformation").WithSummary("The HSDS version, profile and OpenAPI document of this API.")
            .ProducesProblems();
        group.MapGet("/services", Services).WithName("getPaginatedListOfServices").WithSummary("A page of services.")
            .ProducesProblems(StatusCodes.Status400BadRequest);
        group.MapGet("/services/{id}", Service).WithName("getServiceById").WithSummary("One fully nested service.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        group.MapGet("/organizations", Organizations).WithName("getPaginatedListOfOrganizations").WithSummary("A page of organizations.")
            .ProducesProblems(StatusCodes.Status400BadRequest);
        group.MapGet("/organizations/{id}", Organization).WithName("getOrganizationById").WithSummary("One organization with its identifiers, location and service.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        group.MapGet("/taxonomies", Taxonomies).WithName("getPaginatedListOfTaxonomies").WithSummary("A page of taxonomies (sectors, needs).")
            .ProducesProblems(StatusCodes.Status400BadRequest);
        group.MapGet("/taxonomies/{id}", Taxonomy).WithName("getTaxonomyById").WithSummary("One taxonomy.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        group.MapGet("/taxonomy_terms", TaxonomyTerms).WithName("getPaginatedListOfTaxonomyTerms").WithSummary("A page of taxonomy terms.")
            .ProducesProblems(StatusCodes.Status400BadRequest);
        group.MapGet("/taxonomy_terms/{id}", TaxonomyTerm).WithName("getTaxonomyTermById").WithSummary("One taxonomy term.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        return group;
    }

    private static JsonHttpResult<HsdsApiInfo> Info(HttpRequest request)
    {
        var origin = $"{request.Scheme}://{request.Host}{request.PathBase}";
        return Json(new HsdsApiInfo(Version, "https://github.com/openreferral/specification/tree/3.0/schema", $"{origin}/openapi/hsds.json"), request.HttpContext, null);
    }

    private static Results<JsonHttpResult<HsdsPage<HsdsService>>, ProblemHttpResult> Services(
        HttpContext context, ContentStore store, string? lang, string? search, string? taxonomy_term_id, string? taxonomy_id,
        string? organization_id, string? modified_after, string? page, string? per_page, string? full)
    {
        if (Read(lang, page, per_page, out var language, out var pageNumber, out var perPage) is { } problem) return problem;
        if (ReadFilters(store.Current, taxonomy_term_id, taxonomy_id, organization_id, modified_after, out var filter) is { } bad) return bad;
        if (!TryBool(full, "full", out var isFull, out var badFull)) return badFull;
        var mapper = new HsdsMapper(store.Current, language);
        var services = store.Current.Organisations
            .Where(o => filter(o, mapper) && Matches(o, search, language))
            .Select(o => mapper.Service(o, isFull)).ToList();
        return Json(HsdsPage<HsdsService>.Of(services, pageNumber, perPage), context, language);
    }

    private static Results<JsonHttpResult<HsdsService>, ProblemHttpResult> Service(HttpContext context, ContentStore store, string id, string? lang)
    {
        if (!ApiLanguage.TryRead(lang, out var language, out var problem)) return (ProblemHttpResult)problem;
        var listing = store.Current.Organisations.FirstOrDefault(o => Guid.TryParse(id, out var g) && HsdsMapper.ServiceId(o.Id) == g);
        if (listing is null) return NotFound("service", id);
        return Json(new HsdsMapper(store.Current, language).Service(listing, full: true), context, language);
    }

    private static Results<JsonHttpResult<HsdsPage<HsdsOrganization>>, ProblemHttpResult> Organizations(
        HttpContext context, ContentStore store, string? lang, string? search, string? taxonomy_term_id, string? taxonomy_id,
        string? modified_after, string? page, string? per_page, string? full)
    {
        if (Read(lang, page, per_page, out var language, out var pageNumber, out var perPage) is { } problem) return problem;
        if (ReadFilters(store.Current, taxonomy_term_id, taxonomy_id, null, modified_after, out var filter) is { } bad) return bad;
        if (!TryBool(full, "full", out var isFull, out var badFull)) return badFull;
        var mapper = new HsdsMapper(store.Current, language);
        var organizations = store.Current.Organisations
            .Where(o => filter(o, mapper) && Matches(o, search, language))
            .Select(o => mapper.Organization(o, isFull)).ToList();
        return Json(HsdsPage<HsdsOrganization>.Of(organizations, pageNumber, perPage), context, language);
    }

    private static Results<JsonHttpResult<HsdsOrganization>, ProblemHttpResult> Organization(HttpContext context, ContentStore store, string id, string? lang)
    {
        if (!ApiLanguage.TryRead(lang, out var language, out var problem)) return (ProblemHttpResult)problem;
        var listing = store.Current.Organisations.FirstOrDefault(o => Guid.TryParse(id, out var g) && HsdsMapper.OrganizationId(o.Id) == g);
        if (listing is null) return NotFound("organization", id);
        return Json(new HsdsMapper(store.Current, language).Organization(listing, full: true), context, language);
    }

    private static Results<JsonHttpResult<HsdsPage<HsdsTaxonomy>>, ProblemHttpResult> Taxonomies(
        HttpContext context, ContentStore store, string? lang, string? search, string? page, string? per_page)
    {
        if (Read(lang, page, per_page, out var language, out var pageNumber, out var perPage) is { } problem) return problem;
        var taxonomies = new HsdsMapper(store.Current, language).Taxonomies()
            .Where(t => Contains(search, t.Name, t.Description)).ToList();
        return Json(HsdsPage<HsdsTaxonomy>.Of(taxonomies, pageNumber, perPage), context, language);
    }

    private static Results<JsonHttpResult<HsdsTaxonomy>, ProblemHttpResult> Taxonomy(HttpContext context, ContentStore store, string id, string? lang)
    {
        if (!ApiLanguage.TryRead(lang, out var language, out var problem)) return (ProblemHttpResult)problem;
        var taxonomy = new HsdsMapper(store.Current, language).Taxonomies().FirstOrDefault(t => Guid.TryParse(id, out var g) && t.Id == g);
        return taxonomy is null ? NotFound("taxonomy", id) : Json(taxonomy, context, language);
    }

    private static Results<JsonHttpResult<HsdsPage<HsdsTaxonomyTerm>>, ProblemHttpResult> TaxonomyTerms(
        HttpContext context, ContentStore store, string? lang, string? search, string? taxonomy_id, string? parent_id,
        string? top_only, string? page, string? per_page)
    {
        if (Read(lang, page, per_page, out var language, out var pageNumber, out var perPage) is { } problem) return problem;
        if (!TryGuid(taxonomy_id, "taxonomy_id", out var taxonomyId, out var badTaxonomy)) return badTaxonomy;
        if (!TryGuid(parent_id, "parent_id", out var parentId, out var badParent)) return badParent;
        if (!TryBool(top_only, "top_only", out var topOnly, out var badTop)) return badTop;
        var mapper = new HsdsMapper(store.Current, language);
        var terms = mapper.AllTerms().Select(t => (t.Term, Hsds: mapper.Term(t.Taxonomy, t.Term)))
            .Where(t => taxonomyId is null || t.Hsds.TaxonomyId == taxonomyId)
            .Where(t => parentId is null || t.Hsds.ParentId == parentId)
            .Where(t => !topOnly || t.Hsds.ParentId is null)
            .Where(t => Contains(search, t.Term.Label.Fr, t.Term.Label.Nl, t.Hsds.Description) || t.Term.Synonyms.All.Any(s => Contains(search, s)))
            .Select(t => t.Hsds).ToList();
        return Json(HsdsPage<HsdsTaxonomyTerm>.Of(terms, pageNumber, perPage), context, language);
    }

    private static Results<JsonHttpResult<HsdsTaxonomyTerm>, ProblemHttpResult> TaxonomyTerm(HttpContext context, ContentStore store, string id, string? lang)
    {
        if (!ApiLanguage.TryRead(lang, out var language, out var problem)) return (ProblemHttpResult)problem;
        var mapper = new HsdsMapper(store.Current, language);
        var term = mapper.AllTerms().Select(t => mapper.Term(t.Taxonomy, t.Term)).FirstOrDefault(t => Guid.TryParse(id, out var g) && t.Id == g);
        return term is null ? NotFound("taxonomy term", id) : Json(term, context, language);
    }

    private static JsonHttpResult<T> Json<T>(T value, HttpContext context, Language? language)
    {
        // HSDS has no translations: the language of the strings is said in the HTTP header.
        if (language is { } l) context.Response.Headers.ContentLanguage = l.Code();
        return TypedResults.Json(value, HsdsJson.Options);
    }

    private static ProblemHttpResult NotFound(string kind, string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"Unknown {kind}", detail: $"No {kind} has the id '{id}'.");

    private static ProblemHttpResult? Read(string? lang, string? page, string? perPage, out Language language, out int pageNumber, out int size)
    {
        pageNumber = 1;
        size = DefaultPerPage;
        if (!ApiLanguage.TryRead(lang, out language, out var problem)) return (ProblemHttpResult)problem;
        if (page is not null && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber) || pageNumber is < 1 or > MaxPage))
            return ApiProblems.BadParameter("page", $"page is a whole number from 1 to {MaxPage}.");
        if (perPage is not null && (!int.TryParse(perPage, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxPerPage))
            return ApiProblems.BadParameter("per_page", $"per_page is a whole number from 1 to {MaxPerPage}.");
        return null;
    }

    private static ProblemHttpResult? ReadFilters(ContentSet content, string? termId, string? taxonomyId, string? organizationId, string? modifiedAfter,
        out Func<Organisation, HsdsMapper, bool> filter)
    {
        filter = (_, _) => true;
        if (!TryGuid(termId, "taxonomy_term_id", out var term, out var bad)) return bad;
        if (!TryGuid(taxonomyId, "taxonomy_id", out var taxonomy, out bad)) return bad;
        if (!TryGuid(organizationId, "organization_id", out var organization, out bad)) return bad;
        DateTimeOffset? after = null;
        if (modifiedAfter is not null)
        {
            if (!DateTimeOffset.TryParse(modifiedAfter, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                return ApiProblems.BadParameter("modified_after", "modified_after is a date or date-time (RFC 3339), e.g. 2026-01-31T00:00:00Z.");
            after = parsed;
        }
        // A need term also matches listings filed under its sub-needs, as the site's need filter does.
        HashSet<Guid>? accepted = null;
        if (term is { } t)
        {
            var need = content.Taxonomy.Needs.FirstOrDefault(n => HsdsMapper.TermId(HsdsMapper.NeedsTaxonomy, n.Id) == t);
            accepted = need is null ? [t] : content.Taxonomy.SelfAndDescendants(need.Id).Select(n => HsdsMapper.TermId(HsdsMapper.NeedsTaxonomy, n)).ToHashSet();
        }
        filter = (o, mapper) =>
            (accepted is null || mapper.TermIdsOf(o).Any(accepted.Contains))
            && (taxonomy is null || (taxonomy == HsdsMapper.TaxonomyId(HsdsMapper.SectorsTaxonomy) ? o.Sectors.Count > 0
                : taxonomy == HsdsMapper.TaxonomyId(HsdsMapper.NeedsTaxonomy) && o.Needs.Count > 0))
            && (organization is null || HsdsMapper.OrganizationId(o.Id) == organization)
            // "On or after": a listing verified on that day counts.
            && (after is null || (o.Verified?.Date.ToDateOnly() is { } u && u.ToDateTime(TimeOnly.MaxValue) >= after.Value.UtcDateTime));
        return null;
    }

    private static bool Matches(Organisation o, string? search, Language language)
    {
        if (string.IsNullOrWhiteSpace(search)) return true;
        return Contains(search, o.Name.Fr, o.Name.Nl, MarkdownRenderer.ToPlainText(o.Description.Get(language)))
            || o.AltNames.All.Any(a => Contains(search, a));
    }

    // Every word of the search must occur in one of the texts, ignoring case and accents.
    private static bool Contains(string? search, params string?[] texts)
    {
        if (string.IsNullOrWhiteSpace(search)) return true;
        var haystack = " " + string.Join(" ", texts.Where(t => t is not null).Select(t => TextFolder.Fold(t!))) + " ";
        return TextFolder.Fold(search).Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => haystack.Contains(w, StringComparison.Ordinal));
    }

    private static bool TryGuid(string? text, string name, out Guid? value, out ProblemHttpResult problem)
    {
        value = null;
        problem = default!;
        if (text is null) return true;
        if (Guid.TryParse(text, out var g))
        {
            value = g;
            return true;
        }
        problem = ApiProblems.BadParameter(name, $"{name} is a UUID.");
        return false;
    }

    private static bool TryBool(string? text, string name, out bool value, out ProblemHttpResult problem)
    {
        value = false;
        problem = default!;
        if (text is null) return true;
        if (bool.TryParse(text, out value)) return true;
        problem = ApiProblems.BadParameter(name, $"{name} is true or false.");
        return false;
    }
}
