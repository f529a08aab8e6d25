using System.Net;

namespace Repertoire.Web.Tests.Api;

public sealed class SuggestApiTests
{
    [Fact]
    public async Task PrefixFindsNeedsCommunesAndOrganisations()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        var result = await client.GetJsonAsync("/api/v1/suggest?q=sch&lang=fr");
        var suggestions = result.GetProperty("suggestions");
        Assert.Contains(suggestions.EnumerateArray(), s => s.GetProperty("kind").GetString() == "commune" && s.GetProperty("id").GetString() == "schaerbeek");
        var epicerie = await client.GetJsonAsync("/api/v1/suggest?q=epic&lang=fr");
        var kinds = epicerie.GetProperty("suggestions").Strings("kind").ToList();
        // "épicerie sociale" is a synonym of a need and the start of an organisation's name.
        Assert.Equal(["need", "organisation"], kinds.Order(StringComparer.Ordinal));
        var organisation = epicerie.GetProperty("suggestions").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == "organisation");
        Assert.Equal("/fr/organisations/epicerie-test-schaerbeek", organisation.GetProperty("url").GetString());
    }

    [Fact]
    public async Task LabelsAreInTheAskedLanguage()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        var result = await client.GetJsonAsync("/api/v1/suggest?q=schaar&lang=nl");
        Assert.Equal("Schaarbeek", result.GetProperty("suggestions")[0].GetProperty("label").GetString());
        Assert.Equal("nl", result.GetProperty("lang").GetString());
    }

    [Fact]
    public async Task EmptyPrefixGivesNoSuggestion()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        var result = await client.GetJsonAsync("/api/v1/suggest?q=");
        Assert.Equal(0, result.GetProperty("suggestions").GetArrayLength());
    }

    [Fact]
    public async Task MaxLimitsTheNumberOfSuggestions()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        var result = await client.GetJsonAsync("/api/v1/suggest?q=s&max=1");
        Assert.Equal(1, result.GetProperty("suggestions").GetArrayLength());
    }

    [Theory]
    [InlineData("q=s&max=0", "max")]
    [InlineData("q=s&max=21", "max")]
    [InlineData("q=s&lang=xx", "lang")]
    public async Task BadParametersAreNamedInTheProblem(string query, string parameter)
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        var problem = await client.GetJsonAsync("/api/v1/suggest?" + query, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task OverlongPrefixIsABadRequest()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        var problem = await client.GetJsonAsync("/api/v1/suggest?q=" + new string('a', 101), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("q", out _));
    }

    [Theory]
    [InlineData("voedsel", "fr")]
    [InlineData("psyco", "fr")]
    [InlineData("alimentair", "nl")]
    public async Task OtherLanguageAndOneTypoStillSuggest(string q, string lang)
    {
        // The bundled directory, as the issue was seen on it; the engine's suggestions once its index is ready.
        await using var app = new RepertoireApplication(Repertoire.Tests.TestPaths.BundledContent);
        using var client = app.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/api/v1/search?q=x")).StatusCode);

        var document = await client.GetJsonAsync($"/api/v1/suggest?q={q}&lang={lang}");

        Assert.Contains(document.GetProperty("suggestions").EnumerateArray(), s => s.GetProperty("kind").GetString() == "need");
    }
}
