namespace Repertoire.Web.Tests.Api;

public sealed class OpenApiTests
{
    [Fact]
    public async Task V1DocumentDescribesTheV1RoutesOnly()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        var document = await client.GetJsonAsync("/openapi/v1.json");
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/organisations/{id}", paths);
        Assert.Contains("/api/v1/taxonomy", paths);
        Assert.Contains("/api/v1/territory", paths);
        Assert.Contains("/api/v1/suggest", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/api/hsds", StringComparison.Ordinal));
        Assert.DoesNotContain("/healthz", paths);
    }

    [Fact]
    public async Task HsdsDocumentDescribesTheHsdsRoutes()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        var document = await client.GetJsonAsync("/openapi/hsds.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/hsds/services/{id}", paths);
        Assert.All(paths, p => Assert.StartsWith("/api/hsds", p));
    }

    [Fact]
    public async Task V1DocumentHasARealTitleAndDescription()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        var info = (await client.GetJsonAsync("/openapi/v1.json")).GetProperty("info");
        Assert.Equal("Repertoire API", info.GetProperty("title").GetString());
        Assert.Contains("Brussels", info.GetProperty("description").GetString());
    }

    [Fact]
    public async Task SearchListsItsParametersAndErrorResponses()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        var search = (await client.GetJsonAsync("/openapi/v1.json")).GetProperty("paths").GetProperty("/api/v1/search").GetProperty("get");
        var parameters = search.GetProperty("parameters").EnumerateArray().ToList();
        Assert.Equal(["accessible", "basin", "commune", "format", "lang", "language", "need", "open_now", "page", "per_page", "q", "sector"],
            parameters.Select(p => p.GetProperty("name").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(parameters, p => Assert.False(string.IsNullOrEmpty(p.GetProperty("description").GetString())));
        var responses = search.GetProperty("responses");
        foreach (var status in new[] { "400", "429", "503" })
        {
            Assert.True(responses.GetProperty(status).GetProperty("content").TryGetProperty("application/problem+json", out _), status);
        }
        Assert.True(responses.GetProperty("429").GetProperty("headers").TryGetProperty("Retry-After", out _));
    }

    [Theory]
    [InlineData("/openapi/v1.json")]
    [InlineData("/openapi/hsds.json")]
    public async Task EveryOperationDescribesItsParametersAndTheRateLimit(string url)
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        var document = await client.GetJsonAsync(url);
        foreach (var path in document.GetProperty("paths").EnumerateObject())
            foreach (var operation in path.Value.EnumerateObject())
            {
                var where = $"{operation.Name} {path.Name}";
                Assert.True(operation.Value.GetProperty("responses").TryGetProperty("429", out _), where);
                if (operation.Value.TryGetProperty("parameters", out var parameters))
                    Assert.All(parameters.EnumerateArray(), p =>
                        Assert.False(string.IsNullOrEmpty(p.TryGetProperty("description", out var d) ? d.GetString() : null), $"{where} {p}"));
                if (path.Name.Contains("{id}", StringComparison.Ordinal))
                    Assert.True(operation.Value.GetProperty("responses").TryGetProperty("404", out _), where);
            }
    }

    [Fact]
    public async Task ApiReferenceIsServedAndLinkedFromTheFooter()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        var reference = await client.GetAsync("/reference");
        Assert.Equal(System.Net.HttpStatusCode.OK, reference.StatusCode);
        Assert.Contains("openapi/v1.json", await reference.Content.ReadAsStringAsync());
        var home = await client.GetStringAsync("/nl/");
        Assert.Contains("href=\"/reference\"", home);
        Assert.Contains("Repertorium brengt", home);
    }
}
