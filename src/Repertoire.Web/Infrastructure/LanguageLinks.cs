using Repertoire.Core.Records;

namespace Repertoire.Web.Infrastructure;

/// <summary>Links between the two language versions of the same page.</summary>
public static class LanguageLinks
{
    /// <summary>
    /// The URL of the current page in <paramref name="target"/>, with the same route values and query string,
    /// so a switch on a results page keeps the search and a switch on a listing keeps the listing.
    /// </summary>
    public static string SamePageIn(HttpContext context, Language target)
    {
        var links = context.RequestServices.GetRequiredService<LinkGenerator>();
        var values = new RouteValueDictionary(context.GetRouteData().Values) { ["lang"] = target.Code() };
        var path = values.ContainsKey("page") ? links.GetPathByRouteValues(context, routeName: null, values) : null;
        path ??= HomeOf(target);
        // The home page's canonical form ends with a slash, like /fr/.
        if (path == $"/{target.Code()}") path = HomeOf(target);
        return path + context.Request.QueryString;
    }

    /// <summary><c>/fr/</c> or <c>/nl/</c>.</summary>
    public static string HomeOf(Language language) => $"/{language.Code()}/";
}
