using System.Net;
using Repertoire.Web.Tests.Staff;

namespace Repertoire.Web.Tests.Pages.Privacy;

public sealed class IndexTests
{
    [Theory]
    [InlineData("/fr/vie-privee", "13 mois", "au moins 5 fois", "adresse IP")]
    [InlineData("/nl/privacy", "13 maanden", "minstens 5 keer", "IP-adres")]
    public async Task ThePrivacyPageSaysWhatIsKeptAndForHowLong(string url, string retention, string threshold, string never)
    {
        await using var app = new RepertoireApplication();

        var (response, page) = await app.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains(retention, text);
        Assert.Contains(threshold, text);
        Assert.Contains(never, text);
        Assert.Equal(6, page.QuerySelectorAll("main ul li").Length);
    }

    [Fact]
    public async Task ThePrivacyPageFollowsTheConfiguredRetentionAndThreshold()
    {
        await using var app = new WorkbenchApplication(withExports: false, settings: new()
        {
            ["Repertoire:NeedsWatch:RetentionMonths"] = "24",
            ["Repertoire:NeedsWatch:MinPublicCount"] = "10",
        });
        using var client = app.CreateClient();

        var text = await client.GetStringAsync("/fr/vie-privee");

        Assert.Contains("24 mois", text);
        Assert.Contains("au moins 10 fois", text);
        Assert.Contains("entre 1 et 9", text);
    }
}
