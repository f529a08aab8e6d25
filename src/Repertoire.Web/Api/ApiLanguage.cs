using Microsoft.AspNetCore.Http.HttpResults;
using Repertoire.Core.Records;
using Repertoire.Web.Infrastructure;

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
        problem = ApiProblems.BadParameter("lang", "lang must be fr or nl.");
        return false;
    }
}
