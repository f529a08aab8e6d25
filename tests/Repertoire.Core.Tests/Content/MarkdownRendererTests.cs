using Repertoire.Core.Content;

namespace Repertoire.Core.Tests.Content;

public sealed class MarkdownRendererTests
{
    [Fact]
    public void RawHtmlIsEscapedNotRendered()
    {
        var html = MarkdownRenderer.ToHtml("Bonjour <script>alert(1)</script> <b>gras</b>");

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void MarkdownIsRendered() =>
        Assert.Equal("<p>Colis <strong>alimentaires</strong></p>\n", MarkdownRenderer.ToHtml("Colis **alimentaires**"));

    [Fact]
    public void PlainTextDropsMarkup() =>
        Assert.Equal("Colis alimentaires", MarkdownRenderer.ToPlainText("Colis **alimentaires**"));
}
