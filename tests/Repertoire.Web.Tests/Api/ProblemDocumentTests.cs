using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Repertoire.Core.Index;
using Repertoire.Core.Records;

namespace Repertoire.Web.Tests.Api;

/// <summary>Every error on /api is an RFC 9457 problem document, never the site's HTML error page.</summary>
public sealed class ProblemDocumentTests
{
    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.Equal(response.RequestMessage!.RequestUri!.AbsolutePath, problem.GetProperty("instance").GetString());
        AssertShape(problem);
    }

    [Theory]
    [InlineData("/api/v1/nothing-here")]
    [InlineData("/api/hsds/nothing-here")]
    [InlineData("/api")]
    public async Task UnknownApiPathIsA404Problem(string url)
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateBrowserlessClient();
        await AssertProblemAsync(await client.GetAsync(url), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task WritingMethodIsA405Problem()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateBrowserlessClient();
        var response = await client.PostAsync("/api/v1/taxonomy", new StringContent("{}"));
        await AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task BadParameterIsA400Problem()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateBrowserlessClient();
        await AssertProblemAsync(await client.GetAsync("/api/v1/suggest?q=a&max=500"), HttpStatusCode.BadRequest);
    }

    // The members every problem document has, whatever the status.
    private static readonly string[] Shape = ["type", "title", "status", "detail", "instance"];

    private static void AssertShape(JsonElement problem)
    {
        foreach (var member in Shape)
        {
            Assert.True(problem.TryGetProperty(member, out var value), $"no {member} in {problem}");
            Assert.NotEqual(JsonValueKind.Null, value.ValueKind);
        }
    }

    [Fact]
    public async Task BadRequestAndTooManyRequestsHaveTheSameShape()
    {
        await using var app = new RepertoireApplication();
        await using var limited = app.WithWebHostBuilder(b =>
        {
            b.UseSetting("Repertoire:Api:PermitLimit", "2");
            b.UseSetting("Repertoire:Api:WindowSeconds", "120");
        });
        using var client = limited.CreateClient();
        var badRequest = await client.GetAsync("/api/v1/search?q=aide&basin=nowhere&page=0");
        Assert.Equal(HttpStatusCode.BadRequest, badRequest.StatusCode);
        var bad = await badRequest.ReadJsonAsync();
        AssertShape(bad);
        Assert.Equal(["basin", "page"], bad.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/suggest?q=a&max=0")).StatusCode);
        var refused = await client.GetAsync("/api/v1/suggest?q=a");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        var tooMany = await refused.ReadJsonAsync();
        AssertShape(tooMany);
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc6585#section-4", tooMany.GetProperty("type").GetString());
    }

    [Fact]
    public async Task EveryBadParameterIsNamedInErrors()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateBrowserlessClient();
        foreach (var (url, parameter) in new[]
        {
            ("/api/v1/suggest?q=a&max=99", "max"), ("/api/v1/organisations/x?lang=de", "lang"),
            ("/api/hsds/services?per_page=0", "per_page"), ("/api/hsds/taxonomy_terms?parent_id=nope", "parent_id"),
        })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.ReadJsonAsync();
            AssertShape(problem);
            Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var messages), url);
            Assert.NotEmpty(messages.EnumerateArray());
        }
    }

    [Fact]
    public async Task FailureInsideAnEndpointIsA500ProblemWithoutDetails()
    {
        await using var app = new RepertoireApplication();
        await using var failing = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ISearchEngine, BrokenEngine>()));
        using var client = failing.CreateClient();
        var response = await client.GetAsync("/api/v1/suggest?q=a");
        await AssertProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("engine room", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SitePagesKeepTheirHtmlErrorPage()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateBrowserlessClient();
        var response = await client.GetAsync("/fr/organisations/nobody-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    private sealed class BrokenEngine : ISearchEngine
    {
        public SearchResult Search(SearchQuery query) => throw new InvalidOperationException("engine room on fire");

        public IReadOnlyList<Suggestion> Suggest(string prefix, Language lang, int max = 8) => throw new InvalidOperationException("engine room on fire");
    }
}
