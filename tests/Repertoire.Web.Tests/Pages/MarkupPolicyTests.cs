namespace Repertoire.Web.Tests.Pages;

/// <summary>The CSP allows no inline script or style: no page may rely on one.</summary>
public sealed class MarkupPolicyTests
{
    [Theory]
    [InlineData("/fr/")]
    [InlineData("/nl/zoeken?q=voedselpakket")]
    [InlineData("/fr/recherche?q=zzzz&basin=sud")]
    [InlineData("/fr/organisations/centre-test-bruxelles")]
    [InlineData("/nl/doorverwijzing?ids=epicerie-test-schaerbeek")]
    [InlineData("/fr/couverture")]
    public async Task PagesHaveNoInlineScriptStyleOrHandler(string url)
    {
        await using var app = new RepertoireApplication();

        var (_, page) = await app.GetPageAsync(url);

        foreach (var script in page.QuerySelectorAll("script"))
            Assert.True(script.HasAttribute("src") || script.GetAttribute("type") == "application/ld+json", script.OuterHtml);
        Assert.Empty(page.QuerySelectorAll("style, [style]"));
        Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.All(page.QuerySelectorAll("script[src]"), s => Assert.True(s.HasAttribute("defer")));
    }
}
