using System.Net;
using System.Text.RegularExpressions;
using Repertoire.Core.Content;
using Repertoire.Core.Content.Extensions.SafeLinks;

namespace Repertoire.Core.Tests.Content.Extensions.SafeLinks;

public sealed partial class SafeLinksExtensionTests
{
    // Every spelling a hostile listing might use, as links, images, reference definitions and autolinks.
    public static TheoryData<string> HostileMarkdown => new()
    {
        "[clic](javascript:alert(1))",
        "[clic](JaVaScRiPt:alert(1))",
        "[clic](&#106;avascript:alert(1))",
        "[clic](&#x6A;&#x61;vascript:alert(1))",
        "[clic](java&#9;script:alert(1))",
        "[clic](<javascript:alert(1)>)",
        "[clic]( vbscript:msgbox(1))",
        "[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![photo](javascript:alert(1))",
        "![photo](data:image/svg+xml,<svg onload=alert(1)>)",
        "[clic][x]\n\n[x]: javascript:alert(1)",
        "<javascript:alert(1)>",
        "<VBScript:msgbox(1)>",
        "[clic](file:///etc/passwd)",
    };

    [Theory]
    [MemberData(nameof(HostileMarkdown))]
    public void HostileTargetsNeverBecomeAttributes(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown);

        Assert.DoesNotMatch(HrefOrSrc(), html);
    }

    [Theory]
    [InlineData("[clic](javascript:alert(1))", "<p>clic</p>\n")]
    [InlineData("![photo du local](javascript:alert(1))", "<p>photo du local</p>\n")]
    [InlineData("Voir <vbscript:x>.", "<p>Voir vbscript:x.</p>\n")]
    public void RefusedLinksKeepTheirText(string markdown, string expected) =>
        Assert.Equal(expected, MarkdownRenderer.ToHtml(markdown));

    [Theory]
    [InlineData("[site](https://example.be/aide)", "https://example.be/aide")]
    [InlineData("[site](HTTP://example.be)", "HTTP://example.be")]
    [InlineData("[mail](mailto:accueil@example.be)", "mailto:accueil@example.be")]
    [InlineData("[appeler](tel:+3221234567)", "tel:+3221234567")]
    [InlineData("[page](/fr/recherche?q=a:b)", "/fr/recherche?q=a:b")]
    [InlineData("[ancre](#horaires)", "#horaires")]
    [InlineData("Voir www.example.be", "http://www.example.be")]
    [InlineData("![plan](plan.png)", "plan.png")]
    public void SafeTargetsAreKept(string markdown, string target)
    {
        var html = MarkdownRenderer.ToHtml(markdown);

        Assert.Contains($"=\"{target}\"", WebUtility.HtmlDecode(html));
    }

    [Fact]
    public void RefusedLinksAreReportedWithTheirTarget()
    {
        var refused = MarkdownRenderer.RefusedLinks("Bon [lien](https://example.be).\n\nMauvais [lien](&#106;avascript:x) et <data:text/html,x>.");

        Assert.Equal(["javascript:x", "data:text/html,x"], refused.Select(r => r.Url));
        Assert.Equal([2, 2], refused.Select(r => r.Line));
    }

    [Theory]
    [InlineData("https://example.be", true)]
    [InlineData("mailto:a@b.be", true)]
    [InlineData("tel:02", true)]
    [InlineData("relative/path:with-colon", true)]
    [InlineData("", true)]
    [InlineData("javascript:x", false)]
    [InlineData(" \tJavaScript:x", false)]
    [InlineData("jav\nascript:x", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("ftp://example.be", false)]
    public void PolicyAllowsOnlyWebMailPhoneAndRelative(string url, bool allowed) =>
        Assert.Equal(allowed, LinkPolicy.IsAllowed(url));

    // A refused target leaves no attribute at all: not even an empty href that a later change could fill.
    [GeneratedRegex("""(href|src)\s*=""", RegexOptions.IgnoreCase)]
    private static partial Regex HrefOrSrc();
}
