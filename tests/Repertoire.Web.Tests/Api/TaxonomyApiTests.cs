namespace Repertoire.Web.Tests.Api;

public sealed class TaxonomyApiTests
{
    [Fact]
    public async Task NeedsComeAsATreeWithSynonymsInBothLanguages()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        var taxonomy = await client.GetJsonAsync("/api/v1/taxonomy");
        var needs = taxonomy.GetProperty("needs");
        Assert.Equal(["aide-materielle", "soins-domicile"], needs.Strings("id"));
        var food = Assert.Single(needs[0].GetProperty("children").EnumerateArray());
        Assert.Equal("aide-alimentaire", food.GetProperty("id").GetString());
        Assert.Equal("aide-materielle", food.GetProperty("parent").GetString());
        Assert.Contains("voedselpakket", food.GetProperty("synonyms").GetProperty("nl").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("Thuisverpleging", needs[1].GetProperty("children")[0].GetProperty("label").GetProperty("nl").GetString());
    }

    [Fact]
    public async Task SectorsAreListedWithLabels()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        var sectors = (await client.GetJsonAsync("/api/v1/taxonomy")).GetProperty("sectors");
        Assert.Contains("action-sociale", sectors.Strings("id"));
        Assert.All(sectors.EnumerateArray(), s => Assert.False(string.IsNullOrEmpty(s.GetProperty("label").GetProperty("fr").GetString())));
    }
}
