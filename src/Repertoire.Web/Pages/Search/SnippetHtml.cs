using System.Net;
using System.Text;

namespace Repertoire.Web.Pages.Search;

/// <summary>
/// Makes a result snippet safe to render: the engine promises escaped text with only <c>&lt;mark&gt;</c> as markup,
/// and this holds the page to that promise whatever the engine does, so no content can become markup.
/// </summary>
public static class SnippetHtml
{
    private const string Open = "<mark>", Close = "</mark>";

    /// <summary>The snippet with every text run re-encoded and only balanced <c>&lt;mark&gt;</c> tags kept.</summary>
    public static string Sanitise(string? snippet)
    {
        if (string.IsNullOrEmpty(snippet)) return "";
        var html = new StringBuilder(snippet.Length + 16);
        var open = false;
        var position = 0;
        while (position < snippet.Length)
        {
            var tag = open ? Close : Open;
            var next = snippet.IndexOf(tag, position, StringComparison.Ordinal);
            var end = next < 0 ? snippet.Length : next;
            // Decoding first means text the engine already escaped is not escaped twice.
            html.Append(WebUtility.HtmlEncode(WebUtility.HtmlDecode(snippet[position..end])));
            if (next < 0) break;
            html.Append(tag);
            open = !open;
            position = next + tag.Length;
        }
        if (open) html.Append(Close);
        return html.ToString();
    }
}
