using System.Text;
using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Import;

namespace Repertoire.Core.Tests.Alignment.Import;

public sealed class BruxellesSocialImporterTests
{
    private static ImportResult Import(string json) => new BruxellesSocialImporter().Import(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void FullRecordKeepsNamesKboAddressAndContacts()
    {
        var result = Import("""
            [{"id": 13219, "nameOfficialFr": "Coordination de l'action sociale", "nameOfficialNl": "Coördinatie sociale actie",
              "nameAlternativeFr": ["CASS"], "nameAlternativeNl": ["CSSA"],
              "legalStatus": {"id": 920, "labelFr": "Association sans but lucratif (ASBL)", "labelNl": "VZW"},
              "pmRp": ["0212.347.945"],
              "address": {"streetFr": "Boulevard Auguste Reyers", "streetNl": "Auguste Reyerslaan", "number": "70", "postalBox": "2",
                          "zipCode": 1030, "municipalityFr": "SCHAERBEEK", "lat": 50.85, "lon": 4.40},
              "telFr": ["02/435.51.38"], "telNl": ["02/435.51.38"], "emailFr": ["cass@example.be"], "emailNl": [],
              "websiteOfficialFr": ["http://www.example.be"], "websiteOfficialNl": null, "lastUpdate": "28/08/20"}]
            """);
        Assert.Empty(result.Problems);
        var record = Assert.Single(result.Records);
        Assert.Equal(DirectorySource.BruxellesSocial, record.Source);
        Assert.Equal("13219", record.Id);
        Assert.Equal(["Coordination de l'action sociale", "Coördinatie sociale actie", "CASS", "CSSA"], record.Names);
        Assert.Equal(["0212.347.945"], record.Kbos);
        Assert.Equal(["02/435.51.38"], record.Phones);
        var address = Assert.Single(record.Addresses);
        Assert.Equal(("Boulevard Auguste Reyers", "Auguste Reyerslaan", "70", "2", "1030"), (address.StreetFr, address.StreetNl, address.Number, address.Box, address.Postcode));
        Assert.Equal(50.85, address.Lat);
        Assert.Equal("Association sans but lucratif (ASBL)", record.LegalForm);
    }

    [Fact]
    public void MissingAndNullFieldsReadAsAbsent()
    {
        var result = Import("""[{"id": 1, "nameOfficialFr": null, "address": null, "telFr": null}, {"id": 2, "pmRp": "0212.347.945", "address": {"lat": "x"}}]""");
        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Records.Count);
        Assert.Empty(result.Records[0].Names);
        Assert.Empty(result.Records[0].Addresses);
        Assert.Equal(["0212.347.945"], result.Records[1].Kbos);
        Assert.Empty(result.Records[1].Addresses);
    }

    [Fact]
    public void UnreadableRecordIsReportedWithItsPositionAndTheOthersImported()
    {
        var result = Import("[\n  {\"id\": 1},\n  {\"nameOfficialFr\": \"no id\"},\n  {\"id\": {\"nested\": true}},\n  \"text\",\n  {\"id\": 5}\n]");
        Assert.Equal(["1", "5"], result.Records.Select(r => r.Id));
        Assert.Equal(3, result.Problems.Count);
        Assert.Equal((1, 3L), (result.Problems[0].Index, result.Problems[0].Line!.Value));
        Assert.Contains("no id", result.Problems[0].Reason, StringComparison.Ordinal);
        Assert.Equal((2, 4L), (result.Problems[1].Index, result.Problems[1].Line!.Value));
        Assert.Equal((3, 5L), (result.Problems[2].Index, result.Problems[2].Line!.Value));
        Assert.Equal("record 1 (line 3): no id", result.Problems[0].ToString());
    }

    [Fact]
    public void SyntaxErrorKeepsTheRecordsBeforeIt()
    {
        var result = Import("[\n{\"id\": 1},\n{\"id\": 2},\n{\"id\": 3, \"nameOfficialFr\": \"broken\" \"x\"},\n{\"id\": 4}\n]");
        Assert.Equal(["1", "2"], result.Records.Select(r => r.Id));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(2, problem.Index);
        Assert.Equal(4L, problem.Line);
        Assert.StartsWith("malformed JSON", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void LambertCoordinatesStandInForMissingLatLon()
    {
        var address = Assert.Single(Import("""[{"id": 1, "address": {"streetFr": "Boulevard de la Woluwe", "zipCode": 1200, "x": 154907, "y": 170599, "lat": null, "lon": null}}]""").Records).PrimaryAddress!;
        Assert.Equal(50.8458, address.Lat!.Value, 3);
        Assert.Equal(4.4385, address.Lon!.Value, 3);
    }

    [Fact]
    public void DuplicateIdIsReported()
    {
        var result = Import("""[{"id": 7}, {"id": 7}]""");
        Assert.Single(result.Records);
        Assert.Equal(1, Assert.Single(result.Problems).Index);
    }

    [Fact]
    public void SharedSampleImportsWithoutProblems()
    {
        var result = new BruxellesSocialImporter().Import(SampleData.BruxellesSocial);
        Assert.Empty(result.Problems);
        Assert.Equal(220, result.Records.Count);
    }
}
