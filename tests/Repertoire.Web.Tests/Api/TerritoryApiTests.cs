namespace Repertoire.Web.Tests.Api;

public sealed class TerritoryApiTests
{
    [Fact]
    public async Task CommunesNameTheirBasinsAndBasinsListTheirCommunes()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        var territory = await client.GetJsonAsync("/api/v1/territory");
        var brussels = territory.GetProperty("communes").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "bruxelles");
        Assert.Equal("Brussel", brussels.GetProperty("name").GetProperty("nl").GetString());
        Assert.Equal(4, brussels.GetProperty("basins").GetArrayLength());
        Assert.Contains("1020", brussels.GetProperty("postcodes").EnumerateArray().Select(p => p.GetString()));
        var north = territory.GetProperty("basins").EnumerateArray().Single(b => b.GetProperty("id").GetString() == "nord");
        Assert.Equal(["jette", "bruxelles"], north.GetProperty("communes").EnumerateArray().Select(c => c.GetString()));
        var quartier = Assert.Single(territory.GetProperty("quartiers").EnumerateArray());
        Assert.Equal("nord-est", quartier.GetProperty("basin").GetString());
    }

    [Fact]
    public async Task BundledTerritoryHasNineteenCommunes()
    {
        await using var app = new RepertoireApplication(Repertoire.Tests.TestPaths.BundledContent);
        using var client = app.CreateClient();
        var territory = await client.GetJsonAsync("/api/v1/territory");
        Assert.Equal(19, territory.GetProperty("communes").GetArrayLength());
        Assert.Equal(5, territory.GetProperty("basins").GetArrayLength());
    }
}
