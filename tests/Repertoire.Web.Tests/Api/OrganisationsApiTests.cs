using System.Net;

namespace Repertoire.Web.Tests.Api;

public sealed class OrganisationsApiTests
{
    [Fact]
    public async Task ListingHasBothLanguagesAndDescriptionHtml()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        var o = await client.GetJsonAsync("/api/v1/organisations/epicerie-test-schaerbeek");
        Assert.Equal("Épicerie sociale de test", o.GetProperty("name").GetProperty("fr").GetString());
        Assert.Equal("Sociale kruidenier (test)", o.GetProperty("name").GetProperty("nl").GetString());
        Assert.Equal("EST", o.GetProperty("alt_names").GetProperty("fr")[0].GetString());
        Assert.Contains("<strong>alimentaires</strong>", o.GetProperty("description_html").GetProperty("fr").GetString());
        Assert.Equal("Voedselhulp", o.GetProperty("needs")[0].GetProperty("label").GetProperty("nl").GetString());
        Assert.Equal("nord-est", o.GetProperty("site").GetProperty("basin").GetProperty("id").GetString());
        Assert.Equal("Schaarbeek", o.GetProperty("site").GetProperty("commune").GetProperty("name").GetProperty("nl").GetString());
        Assert.Equal("2026-09-01", o.GetProperty("updated").GetString());
        Assert.Equal("/fr/organisations/epicerie-test-schaerbeek", o.GetProperty("url").GetString());
    }

    [Fact]
    public async Task ExternalIdsComeWithTheirPagesInTheAskedLanguage()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        var o = await client.GetJsonAsync("/api/v1/organisations/epicerie-test-schaerbeek?lang=nl");
        var bxl = o.GetProperty("external").GetProperty("bruxelles_social");
        Assert.Equal("99001", bxl.GetProperty("id").GetString());
        Assert.Equal("https://sociaal.brussels/organisation/99001", bxl.GetProperty("url").GetString());
        Assert.Equal("/nl/organisaties/epicerie-test-schaerbeek", o.GetProperty("url").GetString());
        Assert.Equal("Sociale kruidenier (test)", o.GetProperty("display_name").GetString());
    }

    [Fact]
    public async Task RawHtmlInADescriptionIsEscaped()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        var o = await client.GetJsonAsync("/api/v1/organisations/centre-test-bruxelles");
        var html = o.GetProperty("description_html").GetProperty("fr").GetString()!;
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public async Task ExtraFieldsAreKept()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        var o = await client.GetJsonAsync("/api/v1/organisations/centre-test-bruxelles");
        Assert.Equal("kept", o.GetProperty("extra").GetProperty("custom_field").GetString());
        Assert.Equal("region", o.GetProperty("area_served")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task UnknownIdIsAProblemDocument()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        var response = await client.GetAsync("/api/v1/organisations/nobody-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Contains("nobody-here", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task UnknownLanguageIsABadRequestNamingTheParameter()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        var problem = await client.GetJsonAsync("/api/v1/organisations/epicerie-test-schaerbeek?lang=de", HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("lang", out _));
    }
}
