namespace Repertoire.Web.Tests.Infrastructure;

public sealed class CompressionExtensionsTests
{
    [Theory]
    [InlineData("/fr/recherche?q=colis")]
    [InlineData("/css/site.css")]
    [InlineData("/js/search.js")]
    public async Task PagesAndAssetsAreCompressedForBrowsersThatAsk(string url)
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateBrowserlessClient();
        client.DefaultRequestHeaders.Add("Accept-Encoding", "br, gzip");

        var response = await client.GetAsync(url);

        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
    }
}
