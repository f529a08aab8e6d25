using System.Text;
using System.Text.Json.Nodes;
using Repertoire.Core.Alignment;
using Repertoire.Core.DirectoryImport;

namespace Repertoire.Core.Tests.DirectoryImport;

/// <summary>Bad records are reported with their id and skipped; one bad record never stops an import.</summary>
public sealed class BadRecordTests
{
    [Theory]
    [InlineData("""{"id": 90001, "nameOfficialFr": null, "nameOfficialNl": " "}""", "90001", "no name")]
    [InlineData("""{"id": 90002, "nameOfficialFr": "Service inversé", "address": {"zipCode": 1000, "lat": 4.35, "lon": 50.85}}""", "90002", "swapped")]
    [InlineData("""{"id": 90003, "nameOfficialFr": "Service à moitié placé", "address": {"zipCode": 1000, "lat": 50.85}}""", "90003", "half a pair")]
    [InlineData("""{"id": 90004, "nameOfficialFr": "Service à Paris", "address": {"zipCode": 1000, "lat": 48.85, "lon": 2.35}}""", "90004", "outside the Brussels-Capital Region")]
    [InlineData("""{"id": 90005, "nameOfficialFr": "Service mal typé", "address": "Rue Haute 1"}""", "90005", "address is text, expected an object")]
    [InlineData("""{"id": 90006, "nameOfficialFr": "CafÃ© social"}""", "90006", "garbled encoding")]
    [InlineData("""{"id": 90007, "nameOfficialFr": "Service anversois", "address": {"zipCode": 2000}}""", "90007", "outside the Brussels-Capital Region (postcode 2000)")]
    [InlineData("""{"id": [1], "nameOfficialFr": "Service sans id lisible"}""", null, "id is array")]
    public void BadRecordIsRefusedWithItsIdAndTheOthersImported(string record, string? id, string reason)
    {
        using var folder = new ImportFolder();
        var exports = new SampleExports();
        exports.BruxellesSocial.Add(JsonNode.Parse(record));
        var report = folder.Import(exports.ReadBruxellesSocial(), exports.ReadSocialeKaart());

        var refused = Assert.Single(report.Refused);
        Assert.Equal(id, refused.Id);
        Assert.Contains(reason, refused.Reason, StringComparison.Ordinal);
        Assert.Equal(261, report.Added.Count);
    }

    [Fact]
    public void DuplicateIdRefusesBothCopiesAndLeavesTheListingAsItWas()
    {
        using var folder = new ImportFolder();
        var exports = new SampleExports();
        folder.Import(exports.ReadBruxellesSocial(), exports.ReadSocialeKaart());
        var id = folder.ListingOf("bruxelles_social", "18791")!;
        var before = folder.Listing(id);
        var copy = exports.Organisation("18791").DeepClone().AsObject();
        copy["nameOfficialFr"] = "Un autre service";
        exports.BruxellesSocial.Add(copy);

        var report = folder.Import(exports.ReadBruxellesSocial(), exports.ReadSocialeKaart());
        Assert.Equal(2, report.Refused.Count(r => r.Id == "18791" && r.Reason.StartsWith("duplicate id", StringComparison.Ordinal)));
        Assert.Empty(report.NoLongerListed);
        Assert.Equal(before, folder.Listing(id));
    }

    [Fact]
    public void InvalidUtf8RefusesOnlyTheRecordHoldingIt()
    {
        var json = "[{\"id\": 1, \"nameOfficialFr\": \"Caf#\"}, {\"id\": 2, \"nameOfficialFr\": \"Épicerie\", \"address\": {\"zipCode\": 1000}}]";
        var bytes = Encoding.UTF8.GetBytes(json);
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0xE9; // a Latin-1 "é" in a UTF-8 file
        var batch = FileSourceReader.Read(DirectorySource.BruxellesSocial, bytes);
        Assert.Equal("2", Assert.Single(batch.Records).Id);
        var refused = Assert.Single(batch.Refused);
        Assert.Equal("1", refused.Id);
        Assert.Contains("garbled encoding", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenJsonKeepsTheRecordsBeforeIt()
    {
        var json = "[{\"id\": 1, \"nameOfficialFr\": \"Un\"}, {\"id\": 2, \"nameOfficialFr\": \"Deux\"}, {\"id\": 3, \"nameOf";
        var batch = FileSourceReader.Read(DirectorySource.BruxellesSocial, Encoding.UTF8.GetBytes(json));
        Assert.Equal(["1", "2"], batch.Records.Select(r => r.Id));
        Assert.Contains(batch.Refused, r => r.Reason.StartsWith("malformed JSON", StringComparison.Ordinal));
    }

    [Fact]
    public void InactiveOfferIsWithdrawnNotRefused()
    {
        var exports = new SampleExports();
        var offer = exports.SocialeKaart[0]!.AsObject();
        offer["state"] = "STOPPED";
        var batch = exports.ReadSocialeKaart();
        var withdrawn = Assert.Single(batch.Refused);
        Assert.True(withdrawn.Withdrawn);
        Assert.DoesNotContain(withdrawn.Id!, batch.RefusedIds);
    }
}
