using System.Net;
using System.Net.Http.Headers;

namespace Repertoire.Web.Tests.Api;

/// <summary>Repeated calls are cheap: an ETag per body, Cache-Control, and 304 when the client has the body.</summary>
public sealed class CachingTests
{
    [Theory]
    [InlineData("/api/v1/taxonomy")]
    [InlineData("/api/v1/organisations/epicerie-test-schaerbeek")]
    [InlineData("/api/hsds/services?per_page=2")]
    public async Task SameBodyGivesSameETagAndA304ForIfNoneMatch(string url)
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateBrowserlessClient();
        var first = await client.GetAsync(url);
        var second = await client.GetAsync(url);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.True(first.Headers.CacheControl?.Public);
        Assert.True(first.Headers.CacheControl?.MaxAge > TimeSpan.Zero);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(etag);
        var notModified = await client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, notModified.Headers.ETag);
    }

    [Fact]
    public async Task DifferentBodiesHaveDifferentETags()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateBrowserlessClient();
        var fr = await client.GetAsync("/api/v1/suggest?q=s&lang=fr");
        var nl = await client.GetAsync("/api/v1/suggest?q=s&lang=nl");
        Assert.NotEqual(fr.Headers.ETag, nl.Headers.ETag);
    }

    [Fact]
    public async Task StaleETagGetsTheFullBody()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateBrowserlessClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/taxonomy");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ErrorsAreNotGivenAnETag()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateBrowserlessClient();
        var response = await client.GetAsync("/api/v1/organisations/nobody");
        Assert.Null(response.Headers.ETag);
    }
}
