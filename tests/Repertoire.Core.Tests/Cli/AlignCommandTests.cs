using System.CommandLine;
using System.Text.Json;
using Repertoire.Cli;
using Repertoire.Core.Alignment.Decisions;

namespace Repertoire.Core.Tests.Cli;

public sealed class AlignCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("repertoire-align-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (int Exit, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(AlignCommand.Create());
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = root.Parse(["align", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string Bxl() => Write("bxl.json", """
        [
          {"id": 40, "nameOfficialFr": "Jeugdhuis Scharnier", "pmRp": ["0852.939.707"], "telFr": ["02/832.20.94"],
           "address": {"streetFr": "Rue Saint-Lambert", "streetNl": "Sint-Lambertusstraat", "number": "188", "zipCode": 1200, "lat": 50.8449, "lon": 4.4223}},
          {"nameOfficialFr": "record without id"}
        ]
        """);

    private string Sk() => Write("sk.json", """
        {"content": [{"id": {"id": "s1"}, "legalName": {"description": "Jeugdhuis Scharnier"},
          "addresses": [{"primary": true, "street": {"name": {"description": "Sint-Lambertusstraat"}}, "number": "188", "municipality": {"postalCode": "1200"}, "location": {"lat": 50.8449, "lon": 4.4224}}],
          "contactInfo": {"phones": [{"value": "+32 2 832 20 94", "primary": true}]},
          "administrativeData": [{"type": "CBE_ID", "value": "BE0852939707"}]}]}
        """);

    [Fact]
    public void WritesTheCrosswalkToStdoutAndImportProblemsToStderr()
    {
        var (exit, output, error) = Run(Bxl(), Sk());

        Assert.Equal(0, exit);
        Assert.Contains("bxl.json: record 1 (line 4): no id", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        var pair = Assert.Single(json.RootElement.GetProperty("pairs").EnumerateArray());
        Assert.Equal(("40", "s1", "auto"), (pair.GetProperty("bruxelles_social").GetString(), pair.GetProperty("sociale_kaart").GetString(), pair.GetProperty("status").GetString()));
    }

    [Fact]
    public void DecisionDatabaseTurnsThePairRejectedAndCsvGoesToTheOutFile()
    {
        var database = Path.Combine(_folder, "decisions.db");
        using (var store = new DecisionStore(database)) store.Reject("40", "s1", "anne");
        var csv = Path.Combine(_folder, "crosswalk.csv");

        var (exit, _, _) = Run(Bxl(), Sk(), "--decisions", database, "--format", "csv", "--out", csv);

        Assert.Equal(0, exit);
        var lines = File.ReadAllLines(csv);
        Assert.StartsWith("40,s1,,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",rejected,", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("40,,,,only_bruxelles_social,", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingInputFileFails()
    {
        var (exit, _, error) = Run(Path.Combine(_folder, "absent.json"), Sk());
        Assert.Equal(2, exit);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }
}
