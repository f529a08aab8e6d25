using Repertoire.Core.Records;

namespace Repertoire.Web.Infrastructure;

/// <summary>The interface language of a request: the first path segment, <c>/fr/…</c> or <c>/nl/…</c>.</summary>
public static class RequestLanguage
{
    /// <summary>The cookie that remembers the visitor's last language.</summary>
    public const string CookieName = "repertoire-lang";

    /// <summary>The language of the page being served; French outside a language prefix.</summary>
    public static Language Of(HttpContext context) =>
        LanguageExtensions.TryParse(context.GetRouteValue("lang") as string, out var language) ? language
        : FromPath(context.Request.Path) ?? Language.Fr;

    /// <summary>The language named by a path's first segment, if any.</summary>
    public static Language? FromPath(PathString path)
    {
        var value = path.Value ?? "";
        if (value.Length < 3 || value[0] != '/') return null;
        if (value.Length > 3 && value[3] != '/') return null;
        return LanguageExtensions.TryParse(value.Substring(1, 2), out var language) ? language : null;
    }

    /// <summary>
    /// The language for a visitor arriving at <c>/</c>: the remembered choice, else the first of French or Dutch in
    /// Accept-Language by quality, else French (the majority language of the region's services).
    /// </summary>
    public static Language Negotiate(HttpRequest request)
    {
        if (LanguageExtensions.TryParse(request.Cookies[CookieName], out var remembered)) return remembered;
        var accepted = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1);
        foreach (var value in accepted)
            if (LanguageExtensions.TryParse(value.Value.Value, out var language)) return language;
        return Language.Fr;
    }
}
