using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Repertoire.Tests;

namespace Repertoire.Web.Tests.Pages;

/// <summary>
/// A listing whose Markdown and fields link to <c>javascript:</c>, <c>vbscript:</c> and <c>data:</c> in every
/// spelling: no page and no <c>description_html</c> may turn any of them into a link or an image.
/// </summary>
public sealed class HostileListingTests : IDisposable
{
    private readonly string _content = TestPaths.CopyToTemp(TestPaths.FixtureContent);

    public HostileListingTests() => File.WriteAllText(Path.Combine(_content, "organisations", "piege-test-jette.md"), """
        ---
        name:
          fr: Piège de test
          nl: Valstrik test
        needs: [aide-alimentaire]
        site:
          commune: jette
        websites: ["javascript:alert(1)", "https://example.be"]
        sources:
          - url: "https://example.be/source"
            consulted: 2026-11-02
        updated: 2026-09-01
        ---

        # fr
        Aide alimentaire. [un](javascript:alert(1)) [deux](JaVaScRiPt:alert(2)) [trois](&#106;avascript:alert(3))
        [quatre](vbscript:msgbox(4)) [cinq](data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==)
        ![six](javascript:alert(6)) <javascript:alert(7)> [huit][r] [bon](https://example.be/ok)

        [r]: &#x6A;avascript:alert(8)

        # nl
        Voedselhulp. [een](javascript:alert(1)) [twee](JaVaScRiPt:alert(2)) [drie](&#106;avascript:alert(3))
        [vier](vbscript:msgbox(4)) [vijf](data:text/html,<b>5</b>) ![zes](data:image/png;base64,AAAA)
        """);

    public void Dispose() => Directory.Delete(_content, recursive: true);

    [Theory]
    [InlineData("/fr/organisations/piege-test-jette")]
    [InlineData("/nl/organisaties/piege-test-jette")]
    [InlineData("/fr/recherche?q=aide+alimentaire")]
    [InlineData("/nl/zoeken?q=voedselhulp")]
    [InlineData("/fr/fiche?ids=piege-test-jette")]
    [InlineData("/nl/doorverwijzing?ids=piege-test-jette")]
    [InlineData("/fr/")]
    [InlineData("/nl/dekking")]
    public async Task NoPageLinksToAHostileTarget(string url)
    {
        await using var app = new RepertoireApplication(_content);

        var (response, page) = await app.GetPageAsync(url);

        Assert.True(response.IsSuccessStatusCode, $"{url}: {response.StatusCode}");
        AssertNoHostileTarget(page.All);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("nl")]
    public async Task DescriptionHtmlCarriesNoHostileTarget(string lang)
    {
        await using var app = new RepertoireApplication(_content);
        using var client = app.CreateClient();

        var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/organisations/piege-test-jette?lang={lang}")).RootElement;

        foreach (var language in new[] { "fr", "nl" })
        {
            var html = json.GetProperty("description_html").GetProperty(language).GetString()!;
            var fragment = new HtmlParser().ParseDocument($"<body>{html}</body>");
            AssertNoHostileTarget(fragment.All);
            if (language == "fr") Assert.Contains(fragment.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == "https://example.be/ok");
        }
    }

    private static void AssertNoHostileTarget(IEnumerable<IElement> elements)
    {
        foreach (var element in elements)
            foreach (var attribute in element.Attributes.Where(a => a.Name is "href" or "src" or "action" or "formaction" or "srcset"))
            {
                // What a browser would follow: the decoded value without the whitespace and controls it ignores.
                var target = string.Concat(attribute.Value.Where(c => c > ' ')).ToLowerInvariant();
                Assert.False(new[] { "javascript:", "vbscript:", "data:" }.Any(scheme => target.StartsWith(scheme, StringComparison.Ordinal)),
                    $"{element.LocalName} {attribute.Name}=\"{attribute.Value}\"");
            }
    }
}
