using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Repertoire.Tests;

namespace Repertoire.Web.Tests.Widget;

public sealed partial class WidgetFilesTests
{
    private static readonly string Folder = Path.Combine(TestPaths.RepositoryRoot, "wwwroot", "widget");

    private static long GzipSize(string path)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
            gzip.Write(File.ReadAllBytes(path));
        return output.Length;
    }

    [Fact]
    public void ScriptAndStylesheetTogetherStayUnder12KilobytesGzipped()
    {
        var total = GzipSize(Path.Combine(Folder, "repertoire-search.js")) + GzipSize(Path.Combine(Folder, "repertoire-search.css"));
        Assert.InRange(total, 1, 12 * 1024 - 1);
    }

    [Fact]
    public void ScriptNeverHandsDataToTheHtmlParser()
    {
        var script = File.ReadAllText(Path.Combine(Folder, "repertoire-search.js"));
        Assert.DoesNotMatch(HtmlSinks(), script);
    }

    [Fact]
    public void StylesheetOnlyStylesNamespacedElements()
    {
        var css = CssComments().Replace(File.ReadAllText(Path.Combine(Folder, "repertoire-search.css")), "");
        var selectors = CssBlocks().Matches(css).Select(m => m.Groups[1].Value.Trim()).ToList();
        Assert.NotEmpty(selectors);
        foreach (var selector in selectors.SelectMany(s => s.Split(',')).Select(s => s.Trim()))
            Assert.StartsWith(".repertoire-search", selector);
    }

    [Theory]
    [InlineData("/widget/repertoire-search.js", "text/javascript")]
    [InlineData("/widget/repertoire-search.css", "text/css")]
    public async Task FilesAreServedForOtherSitesToEmbed(string url, string type)
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
    }

    // innerHTML, outerHTML, insertAdjacentHTML, document.write, eval, new Function: any of them could run data as markup.
    [GeneratedRegex(@"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\s*\(|new Function|DOMParser|createContextualFragment")]
    private static partial Regex HtmlSinks();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex CssComments();

    [GeneratedRegex(@"([^{}]+)\{[^{}]*\}")]
    private static partial Regex CssBlocks();
}
