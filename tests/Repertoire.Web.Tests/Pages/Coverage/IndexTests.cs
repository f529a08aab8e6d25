using System.Net;

namespace Repertoire.Web.Tests.Pages.Coverage;

public sealed class IndexTests
{
    [Fact]
    public async Task CoverageCountsListingsPerNeedAndBasin()
    {
        await using var app = new RepertoireApplication();

        var (response, page) = await app.GetPageAsync("/fr/couverture");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var headers = page.QuerySelectorAll(".coverage thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["Besoin", "Bassin Nord", "Bassin Nord-Est", "Bassin Centre-Ouest", "Bassin Sud", "Bassin Sud-Est", "Toute la Région", "Total"], headers);
        var food = page.QuerySelectorAll(".coverage tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Aide alimentaire");
        var cells = food.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["0", "1", "0", "0", "0", "0", "1"], cells);
        Assert.Equal("/fr/recherche?basin=nord-est&need=aide-alimentaire", food.QuerySelectorAll("td a")[1].GetAttribute("href"));
    }

    [Fact]
    public async Task ParentNeedCountsItsSubNeeds()
    {
        await using var app = new RepertoireApplication();

        var (_, page) = await app.GetPageAsync("/nl/dekking");

        // The épicerie (Voedselhulp, nord-est) and the Pentagon centre (Materiële hulp, centre-ouest) both count.
        var material = page.QuerySelectorAll(".coverage tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Materiële hulp");
        Assert.Contains("coverage__group", material.ClassName);
        Assert.Equal("2", material.QuerySelector(".coverage__total")!.TextContent.Trim());
        Assert.Equal("heat heat--1", material.QuerySelectorAll("td")[1].ClassName);
        Assert.Equal("heat heat--0", material.QuerySelectorAll("td")[0].ClassName);
        Assert.Equal("nl-BE", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task RegionWideServicesHaveTheirColumnAndTheNoteExplainsIt()
    {
        await using var app = new RepertoireApplication();

        var (_, page) = await app.GetPageAsync("/nl/dekking");

        // The Pentagon centre serves the whole Region (area_served: [region]) from its address in Centre-Ouest.
        var material = page.QuerySelectorAll(".coverage tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Materiële hulp");
        Assert.Equal("1", material.QuerySelector("td.coverage__region")!.TextContent.Trim());
        var food = page.QuerySelectorAll(".coverage tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Voedselhulp");
        Assert.Equal("0", food.QuerySelector("td.coverage__region")!.TextContent.Trim());
        Assert.Contains("‘Heel het Gewest’ telt de diensten die zich tot het hele Gewest richten", page.QuerySelector(".coverage__note")!.TextContent);
    }
}
