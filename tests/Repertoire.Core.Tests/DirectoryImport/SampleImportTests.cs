using System.Text.Json;
using Repertoire.Core.Content;
using Repertoire.Core.Tests.Alignment;
using Repertoire.Tests;

namespace Repertoire.Core.Tests.DirectoryImport;

/// <summary>Importing the sample exports of docs/examples/alignment into a copy of the bundled content.</summary>
public sealed class SampleImportTests
{
    [Fact]
    public void EveryAnswerKeyPairBecomesOneListing()
    {
        using var folder = new ImportFolder();
        var report = folder.ImportSamples();
        var key = JsonDocument.Parse(File.ReadAllText(SampleData.AnswerKey));
        var handWritten = report.HandWritten.ToDictionary(h => (h.Source, h.RecordId), h => "hand:" + h.Id);
        string? Where(string source, string id) => folder.ListingOf(source, id) ?? handWritten.GetValueOrDefault((source, id));

        var pairs = key.RootElement.GetProperty("pairs").EnumerateArray().Select(p => (p[0].GetString()!, p[1].GetString()!)).ToList();
        Assert.Equal(120, pairs.Count);
        Assert.All(pairs, p =>
        {
            var listing = Where("bruxelles_social", p.Item1);
            Assert.NotNull(listing);
            Assert.Equal(listing, Where("sociale_kaart", p.Item2));
        });
    }

    [Fact]
    public void OneListingPerOrganisationAndSite()
    {
        using var folder = new ImportFolder();
        var report = folder.ImportSamples();
        // 220 + 170 records, 120 of them pairs: 270 services, each either an imported or a hand-written listing.
        var handWrittenServices = report.HandWritten.Select(h => h.Id).Distinct().Count();
        Assert.Equal(270, report.Added.Count + handWrittenServices);
        Assert.Empty(report.Refused);
        Assert.Equal(report.Added.Count, Directory.GetFiles(Path.Combine(folder.Root, "import", "provenance")).Length);
    }

    [Fact]
    public void ImportedFolderValidates()
    {
        using var folder = new ImportFolder();
        var report = folder.ImportSamples();
        var content = ContentLoader.Load(folder.Root);
        Assert.DoesNotContain(content.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(63 + report.Added.Count, content.Organisations.Count);
    }

    [Fact]
    public void ImportingTheSameDataAgainChangesNothing()
    {
        using var folder = new ImportFolder();
        folder.ImportSamples();
        var before = folder.Snapshot();
        folder.Clock.Advance(TimeSpan.FromDays(3));
        var again = folder.ImportSamples();
        Assert.Empty(again.Added);
        Assert.Empty(again.Changed);
        Assert.Empty(again.NoLongerListed);
        Assert.Equal(before, folder.Snapshot());
    }

    [Fact]
    public void HandWrittenListingsAreNeverRewrittenNorMarked()
    {
        using var folder = new ImportFolder();
        var before = ImportFolder.Snapshot(Path.Combine(TestPaths.BundledContent, "organisations"));
        var report = folder.ImportSamples();
        // cass-schaerbeek names Bruxelles-Social 13219, which the sample does not hold: still not "no longer listed".
        Assert.Contains("bruxelles_social: \"13219\"", folder.Listing("cass-schaerbeek"));
        foreach (var (file, text) in before) Assert.Equal(text, File.ReadAllText(Path.Combine(folder.Root, "organisations", file)));
        Assert.DoesNotContain(report.NoLongerListed, w => before.ContainsKey(w.Id + ".md"));
    }

    [Fact]
    public void RecordOfAHandWrittenListingIsNotImportedTwice()
    {
        using var folder = new ImportFolder();
        var report = folder.ImportSamples();
        // Bruxelles-Social 23900 is "CPAS de Schaerbeek" at boulevard Auguste Reyers 70: the bundled cpas-schaerbeek.
        // CASS shares the building and the KBO number, but not the name: it is not that listing.
        Assert.Contains(report.HandWritten, h => h is { Id: "cpas-schaerbeek", Source: "bruxelles_social", RecordId: "23900" });
        Assert.Null(folder.ListingOf("bruxelles_social", "23900"));
    }

    [Fact]
    public void MergedListingCarriesBothIdsAndBothLanguages()
    {
        using var folder = new ImportFolder();
        folder.ImportSamples();
        // A pair of the answer key: Bruxelles-Social 18791 (French) and its De Sociale Kaart record (Dutch).
        var id = folder.ListingOf("bruxelles_social", "18791");
        Assert.NotNull(id);
        var text = folder.Listing(id);
        Assert.Contains("bruxelles_social: 18791", text);
        Assert.Contains("sociale_kaart: ", text);
        Assert.Contains("# fr", text);
        Assert.Contains("# nl", text);
    }

    [Fact]
    public void InvalidKboIsReportedAndLeftOut()
    {
        using var folder = new ImportFolder();
        var report = folder.ImportSamples();
        var warning = Assert.Single(report.Warnings, w => w.RecordId == "58f68704-2554-4f06-8294-a8ca0e01f2c5");
        Assert.Contains("BE0877.686.702", warning.Message);
        var id = folder.ListingOf("sociale_kaart", "58f68704-2554-4f06-8294-a8ca0e01f2c5")!;
        Assert.DoesNotContain("0877.686.702", folder.Listing(id));
    }

    [Fact]
    public void UnmappedCategoryIsReportedAndItsListingsStillImported()
    {
        using var folder = new ImportFolder();
        var report = folder.ImportSamples();
        var unmapped = Assert.Single(report.UnmappedCategories);
        Assert.Equal(("sociale_kaart", "Dagcentra", 6), (unmapped.Source, unmapped.Label, unmapped.Records));
    }
}
