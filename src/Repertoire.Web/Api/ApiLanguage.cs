using Microsoft.AspNetCore.Http.HttpResults;
using Repertoire.Core.Records;

namespace Repertoire.Web.Api;

/// <summary>The <c>lang</c> query parameter of the API: <c>fr</c> (default) or <c>nl</c>.</summary>
internal static class ApiLanguage
{
    /// <summary>Reads <c>lang</c>; false with a 400 problem when it is neither <c>fr</c> nor <c>nl</c>.</summary>
    public static bool TryRead(string? lang, out Language language, out IResult problem)
    {
        problem = default!;
        if (string.IsNullOrEmpty(lang))
        {
            language = Language.Fr;
            return true;
        }
        if (LanguageExtensions.TryParse(lang, out language) && lang.Length == 2) return true;
        problem = BadParameter("lang", "lang must be fr or nl.");
        return false;
    }

    /// <summary>A 400 problem document naming the parameter in <c>parameter</c>.</summary>
    public static ProblemHttpResult BadParameter(string parameter, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad parameter", detail: detail,
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter });

    /// <summary>The listing's page on the site, in a language.</summary>
    public static string OrganisationUrl(string id, Language language) =>
        language == Language.Nl ? $"/nl/organisaties/{Uri.EscapeDataString(id)}" : $"/fr/organisations/{Uri.EscapeDataString(id)}";
}
