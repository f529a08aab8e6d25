namespace Repertoire.Core.Content.Extensions.SafeLinks;

/// <summary>
/// Which link and image targets a listing's Markdown may carry: http, https, mailto, tel and relative URLs. Anything
/// else (<c>javascript:</c>, <c>vbscript:</c>, <c>data:</c>, <c>file:</c>...) could run script or fetch something
/// unexpected on the sites that show <c>description_html</c>, whatever their CSP.
/// </summary>
public static class LinkPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>Whether a link target (as Markdig parsed it: entities already decoded) may become an href or a src.</summary>
    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url)) return true;
        // Browsers drop C0 controls and spaces around a URL and tabs and newlines inside it (WHATWG URL parsing), so
        // "java\tscript:" is javascript: to them; read the scheme the way they will.
        var cleaned = string.Concat(url.Where(c => c > ' ' && c != '\u007f'));
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return true;
        var delimiter = cleaned.IndexOfAny(['/', '?', '#']);
        // "a/b:c" or "?x=y:z" is a relative URL whose colon comes after the path starts.
        if (delimiter >= 0 && delimiter < colon) return true;
        var scheme = cleaned[..colon];
        return AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }
}
