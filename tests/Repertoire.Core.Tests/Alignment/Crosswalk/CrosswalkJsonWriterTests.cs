using System.Text.Json;
using Repertoire.Core.Alignment.Crosswalk;

namespace Repertoire.Core.Tests.Alignment.Crosswalk;

public sealed class CrosswalkJsonWriterTests
{
    private static readonly CrosswalkDocument Document = new(
        [
            new CrosswalkPair("13219", "6f1c", "cass-schaerbeek", 0.97, "auto",
                new Dictionary<string, double> { ["kbo"] = 1.0, ["name"] = 0.91, ["address"] = 1.0, ["phone"] = 0.5 },
                [new CrosswalkConflict("phone", "02/435.51.38", "+32 2 435 51 39")]),
            new CrosswalkPair("14002", "b77d", null, 0.4, "review", new Dictionary<string, double> { ["name"] = 0.3 }, []),
        ],
        ["14001"],
        ["a93e"]);

    [Fact]
    public void WritesTheContractShapeInSnakeCase()
    {
        using var json = JsonDocument.Parse(CrosswalkJsonWriter.Write(Document));
        var root = json.RootElement;
        Assert.Equal(["pairs", "only_bruxelles_social", "only_sociale_kaart"], root.EnumerateObject().Select(p => p.Name));
        var pair = root.GetProperty("pairs")[0];
        Assert.Equal(["bruxelles_social", "sociale_kaart", "repertoire", "score", "status", "evidence", "conflicts"], pair.EnumerateObject().Select(p => p.Name));
        Assert.Equal("13219", pair.GetProperty("bruxelles_social").GetString());
        Assert.Equal(0.97, pair.GetProperty("score").GetDouble());
        Assert.Equal(["kbo", "name", "address", "phone"], pair.GetProperty("evidence").EnumerateObject().Select(p => p.Name));
        var conflict = pair.GetProperty("conflicts")[0];
        Assert.Equal(["field", "bruxelles_social", "sociale_kaart"], conflict.EnumerateObject().Select(p => p.Name));
        Assert.Equal("+32 2 435 51 39", conflict.GetProperty("sociale_kaart").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("pairs")[1].GetProperty("repertoire").ValueKind);
        Assert.Equal("14001", root.GetProperty("only_bruxelles_social")[0].GetString());
    }

    [Fact]
    public void AccentsAreWrittenAsIs() =>
        Assert.Contains("Église", CrosswalkJsonWriter.Write(new CrosswalkDocument([], ["Église"], [])), StringComparison.Ordinal);

    [Fact]
    public void CsvHasOneRowPerPairAndPerUnpairedRecord()
    {
        var lines = CrosswalkCsvWriter.Write(Document).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("bruxelles_social,sociale_kaart,repertoire,score,status,kbo,name,address,phone,email,website,geo,conflicts", lines[0]);
        Assert.Equal("13219,6f1c,cass-schaerbeek,0.97,auto,1,0.91,1,0.5,,,,phone: 02/435.51.38 | +32 2 435 51 39", lines[1]);
        Assert.Equal("14001,,,,only_bruxelles_social,,,,,,,,", lines[3]);
        Assert.Equal(",a93e,,,only_sociale_kaart,,,,,,,,", lines[4]);
    }

    [Fact]
    public void CsvQuotesCellsWithCommasAndQuotes()
    {
        var document = new CrosswalkDocument(
            [new CrosswalkPair("1", "a", null, 0.5, "review", new Dictionary<string, double>(), [new CrosswalkConflict("address", "Rue \"Haute\" 1, 1000", "Hoogstraat 1, 1000")])], [], []);
        var row = CrosswalkCsvWriter.Write(document).Split("\r\n")[1];
        Assert.EndsWith(",\"address: Rue \"\"Haute\"\" 1, 1000 | Hoogstraat 1, 1000\"", row, StringComparison.Ordinal);
    }
}
