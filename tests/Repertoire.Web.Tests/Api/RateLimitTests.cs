using System.Net;
using Microsoft.AspNetCore.Hosting;
using Repertoire.Web.Infrastructure;

namespace Repertoire.Web.Tests.Api;

public sealed class RateLimitTests
{
    [Fact]
    public async Task ClientOverTheLimitGets429WithRetryAfterAndAProblem()
    {
        await using var app = new RepertoireApplication();
        await using var limited = app.WithWebHostBuilder(b =>
        {
            b.UseSetting("Repertoire:Api:PermitLimit", "3");
            b.UseSetting("Repertoire:Api:WindowSeconds", "120");
        });
        using var client = limited.CreateClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/taxonomy")).StatusCode);
        var refused = await client.GetAsync("/api/v1/taxonomy");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 120);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, (await refused.ReadJsonAsync()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task SitePagesAreNotCountedAgainstTheApiLimit()
    {
        await using var app = new RepertoireApplication();
        await using var limited = app.WithWebHostBuilder(b => b.UseSetting("Repertoire:Api:PermitLimit", "1"));
        using var client = limited.CreateClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/fr")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/territory")).StatusCode);
    }

    [Fact]
    public void DefaultLimitIsGenerousForNormalUse()
    {
        // A person typing in the widget sends about one request per keystroke; a busy office shares one address.
        var defaults = new ApiOptions();
        Assert.True(defaults.PermitLimit * 60.0 / defaults.WindowSeconds >= 300, "at least 300 requests a minute");
    }
}
