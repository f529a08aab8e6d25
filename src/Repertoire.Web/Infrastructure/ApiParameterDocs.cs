using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Repertoire.Web.Infrastructure;

/// <summary>
/// The description of every query and path parameter of the API, in one table (docs/api.md says the same in prose),
/// and the Retry-After header of the 429 and 503 answers: the generated OpenAPI documents read them from here.
/// </summary>
internal static class ApiParameterDocs
{
    // Route-specific entries ("/api/v1/search q") win over the shared ones ("q").
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["lang"] = "fr (the default) or nl: the language of the answer's labels and texts.",
        ["id"] = "The id of the item.",
        ["page"] = "The page, from 1 (the default).",
        ["/api/v1/search q"] = "The words searched, as a person would type them (typos, either language, place names); " +
            "at most 500 characters. Empty: every listing matching the filters.",
        ["/api/v1/search lang"] = "fr (the default) or nl: the language the query is analysed in and the results are shown in.",
        ["basin"] = "Filter by basin id (zorgzone); repeat the parameter or separate ids by commas for several.",
        ["commune"] = "Filter by commune id; repeat or separate by commas for several.",
        ["sector"] = "Filter by sector id; repeat or separate by commas for several.",
        ["need"] = "Filter by need id (a need also matches its sub-needs); repeat or separate by commas for several.",
        ["language"] = "Filter by a language help is offered in (ISO 639-1, e.g. fr, nl, en, ar); repeat for several.",
        ["/api/v1/search per_page"] = "Results per page, 1 to 100 (default 20).",
        ["open_now"] = "true: only listings open at the moment of the request, in Brussels time, by their structured hours " +
            "(free-text hours never count). false or absent: no filter.",
        ["accessible"] = "true: only listings that state a step-free entrance. false or absent: no filter.",
        ["/api/v1/search format"] = "json (the default) or csv: every result of the search (not one page, at most 2,000) as a CSV " +
            "file in the language of lang.",
        ["/api/v1/organisations/{id} id"] = "The listing's id (its file name in the content folder), e.g. cass-schaerbeek.",
        ["/api/v1/suggest q"] = "The prefix typed so far, at most 100 characters; empty gives no suggestion.",
        ["/api/v1/suggest lang"] = "fr (the default) or nl: the language of the labels (the other one is the fallback).",
        ["max"] = "How many suggestions, 1 to 20 (default 8).",
        ["format"] = "json (the default) or csv.",
        ["/api/v1/needs-watch basin"] = "A basin id, or region (the default).",
        ["from"] = "First day, yyyy-mm-dd, inclusive, UTC (default: twelve weeks ago).",
        ["to"] = "Last day, yyyy-mm-dd, inclusive, UTC (default: today).",
        ["table"] = "For CSV: needs (the default), unmet, coverage, weeks or texts.",
        ["search"] = "Every word must occur (case and accents ignored) in the name, an alternative name or the description.",
        ["taxonomy_term_id"] = "A taxonomy term UUID; a need also matches listings filed under its sub-needs.",
        ["taxonomy_id"] = "The UUID of the sectors or the needs taxonomy.",
        ["organization_id"] = "An organization UUID.",
        ["parent_id"] = "Terms whose parent is this term UUID.",
        ["top_only"] = "true: only terms without a parent.",
        ["modified_after"] = "An RFC 3339 date or date-time: listings verified on or after it.",
        ["full"] = "true: fully nested items in lists (phones, schedules, locations, attributes).",
        ["per_page"] = "Items per page, 1 to 100 (default 50).",
    };

    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var route = "/" + (context.Description.RelativePath ?? "").Split('?')[0].TrimStart('/');
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            if (!string.IsNullOrEmpty(parameter.Description) || parameter.Name is null) continue;
            if (Descriptions.TryGetValue($"{route} {parameter.Name}", out var specific) || Descriptions.TryGetValue(parameter.Name, out specific))
                parameter.Description = specific;
        }
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response is not OpenApiResponse concrete) continue;
            concrete.Description = status switch
            {
                "400" => "Bad parameters: errors names each one with its messages.",
                "404" => "No such item.",
                "429" => "Too many requests from this client: retry after Retry-After seconds.",
                "503" => "The search index is being built: retry after Retry-After seconds.",
                _ => concrete.Description,
            };
            if (status is "429" or "503")
            {
                concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                concrete.Headers["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before retrying.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
                };
            }
        }
        return Task.CompletedTask;
    }
}
