using System.Net;

namespace Repertoire.Web.Tests.Api;

/// <summary>Any site may read the API from a browser; nothing may write through it.</summary>
public sealed class CorsTests
{
    private const string Origin = "https://host.example";

    [Fact]
    public async Task PreflightForGetIsAllowedFromAnyOrigin()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateBrowserlessClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/suggest?q=a");
        request.Headers.Add("Origin", Origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("GET", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
    }

    [Fact]
    public async Task PreflightForPostIsRefused()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateBrowserlessClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/taxonomy");
        request.Headers.Add("Origin", Origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        var response = await client.SendAsync(request);
        Assert.False(response.Headers.TryGetValues("Access-Control-Allow-Methods", out var methods) && methods.Single().Contains("POST"));
    }

    [Theory]
    [InlineData("/api/v1/taxonomy")]
    [InlineData("/api/hsds/services")]
    [InlineData("/openapi/v1.json")]
    public async Task GetAnswersCarryCorsHeadersAndExposeTheETag(string url)
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateBrowserlessClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Origin", Origin);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("ETag", response.Headers.GetValues("Access-Control-Expose-Headers").Single());
    }

    [Fact]
    public async Task ErrorsAreReadableCrossOriginToo()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateBrowserlessClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/organisations/nobody");
        request.Headers.Add("Origin", Origin);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task SitePagesAreNotOpenedToOtherOrigins()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateBrowserlessClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/fr");
        request.Headers.Add("Origin", Origin);
        var response = await client.SendAsync(request);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
