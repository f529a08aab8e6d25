using Repertoire.Web.Pages.Search;

namespace Repertoire.Web.Tests.Pages.Search;

public sealed class SnippetHtmlTests
{
    [Theory]
    [InlineData("colis <mark>alimentaires</mark>", "colis <mark>alimentaires</mark>")]
    [InlineData("a &lt;b&gt; <mark>c</mark>", "a &lt;b&gt; <mark>c</mark>")]
    [InlineData("<script>x</script> <mark>y</mark>", "&lt;script&gt;x&lt;/script&gt; <mark>y</mark>")]
    [InlineData("<mark>open", "<mark>open</mark>")]
    [InlineData("stray </mark> close", "stray &lt;/mark&gt; close")]
    [InlineData("<mark onclick=\"x\">y</mark>", "&lt;mark onclick=&quot;x&quot;&gt;y&lt;/mark&gt;")]
    public void OnlyBalancedMarkTagsSurvive(string snippet, string expected) =>
        Assert.Equal(expected, SnippetHtml.Sanitise(snippet));
}
