using System.Text;
using Repertoire.Core.Alignment.Import;

namespace Repertoire.Core.Tests.Alignment.Import;

public sealed class SocialeKaartImporterTests
{
    private static ImportResult Import(string json) => new SocialeKaartImporter().Import(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void PrimaryAddressComesFirstAndCbeIdIsTheKbo()
    {
        var result = Import("""
            {"content": [{"id": {"id": "67b3", "authenticSource": "SOCIALE_KAART"}, "legalName": {"description": "CGG De Overmolen"},
              "addresses": [
                {"primary": false, "street": {"name": {"description": "Taborastraat"}}, "number": "19", "municipality": {"postalCode": "1000", "name": {"description": "Brussel"}}},
                {"primary": true, "street": {"name": {"description": "Grensstraat"}}, "number": "75", "municipality": {"postalCode": "1210"}, "location": {"lat": 50.85, "lon": 4.37}}],
              "contactInfo": {"phones": [{"value": "02 500 64 02", "primary": false}, {"value": "02 500 64 01", "primary": true}], "emails": [], "websites": [{"value": "https://example.be/", "primary": true}]},
              "administrativeData": [{"type": "ERKENNINGSNUMMER", "value": "79501"}, {"type": "CBE_ID", "value": "0623312003"}]}],
             "page": {"size": 2000, "totalElements": 1}}
            """);
        Assert.Empty(result.Problems);
        var record = Assert.Single(result.Records);
        Assert.Equal("67b3", record.Id);
        Assert.Equal(["CGG De Overmolen"], record.Names);
        Assert.Equal(["0623312003"], record.Kbos);
        Assert.Equal(["02 500 64 01", "02 500 64 02"], record.Phones);
        Assert.Equal("Grensstraat", record.PrimaryAddress!.StreetFr);
        Assert.Equal("1210", record.PrimaryAddress.Postcode);
        Assert.Equal(4.37, record.PrimaryAddress.Lon);
        Assert.Equal(2, record.Addresses.Count);
    }

    [Fact]
    public void MissingFieldsReadAsAbsent()
    {
        var result = Import("""{"content": [{"id": {"id": "a"}}, {"id": {"id": "b"}, "addresses": null, "contactInfo": {"phones": null}, "legalName": "Plain string"}]}""");
        Assert.Empty(result.Problems);
        Assert.Equal(["a", "b"], result.Records.Select(r => r.Id));
        Assert.Equal(["Plain string"], result.Records[1].Names);
        Assert.Empty(result.Records[1].Addresses);
    }

    [Fact]
    public void RecordWithoutIdIsReportedWithItsPosition()
    {
        var result = Import("{\"content\": [\n{\"id\": {\"id\": \"a\"}},\n{\"id\": {\"authenticSource\": \"X\"}},\n{\"id\": {\"id\": \"c\"}}\n]}");
        Assert.Equal(["a", "c"], result.Records.Select(r => r.Id));
        var problem = Assert.Single(result.Problems);
        Assert.Equal((1, 3L), (problem.Index, problem.Line!.Value));
    }

    [Fact]
    public void DocumentWithoutContentIsReported()
    {
        var result = Import("""{"page": {}}""");
        Assert.Empty(result.Records);
        Assert.Contains("content", Assert.Single(result.Problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SharedSampleImportsWithoutProblems()
    {
        var result = new SocialeKaartImporter().Import(SampleData.SocialeKaart);
        Assert.Empty(result.Problems);
        Assert.Equal(170, result.Records.Count);
    }
}
