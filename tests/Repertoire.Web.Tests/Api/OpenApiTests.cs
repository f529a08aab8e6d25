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
}
