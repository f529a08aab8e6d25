using Repertoire.Core.Alignment.Decisions;
using Repertoire.Core.DirectoryImport;

namespace Repertoire.Core.Tests.DirectoryImport;

/// <summary>Keeping imported listings in step: upstream changes, local edits, records gone and back, staff decisions.</summary>
public sealed class SyncTests
{
    [Fact]
    public void UpstreamChangeShowsInReportAndListing()
    {
        using var folder = new ImportFolder();
        var exports = new SampleExports();
        folder.Import(exports.ReadBruxellesSocial(), exports.ReadSocialeKaart());
        var id = folder.ListingOf("bruxelles_social", "18791")!;

        exports.Organisation("18791")["telFr"] = new System.Text.Json.Nodes.JsonArray("02/701.62.99");
        exports.Organisation("18791")["telNl"] = new System.Text.Json.Nodes.JsonArray("02/701.62.99");
        var report = folder.Import(exports.ReadBruxellesSocial(), exports.ReadSocialeKaart());

        var changed = Assert.Single(report.Changed);
        Assert.Equal(id, changed.Id);
        var field = Assert.Single(changed.Fields, f => f.Field == "phones");
        Assert.Contains("02/701.62.98", field.Before!.ToJsonString());
        Assert.Contains("02/701.62.99", field.After!.ToJsonString());
        Assert.Contains("02/701.62.99", folder.Listing(id));
        Assert.DoesNotContain("02/701.62.98", folder.Listing(id));
    }

    [Fact]
    public void LocalEditSurvivesTheNextImportAndAConflictingChangeIsReported()
    {
        using var folder = new ImportFolder();
        var exports = new SampleExports();
        folder.Import(exports.ReadBruxellesSocial(), exports.ReadSocialeKaart());
        var id = folder.ListingOf("bruxelles_social", "18791")!;
        var edited = folder.Listing(id).Replace("Personnes en situation de précarité", "Personnes à bas revenus du quartier", StringComparison.Ordinal)
            .Replace("---\n\n# fr", "editor_note: checked by phone\n---\n\n# fr", StringComparison.Ordinal);
        Assert.NotEqual(folder.Listing(id), edited);
        folder.WriteListing(id, edited);

        // Upstream changes the same field (target public) and another one (the e-mail).
        exports.Organisation("18791")["publicFr"] = "Tout public";
        exports.Organisation("18791")["emailFr"] = new System.Text.Json.Nodes.JsonArray("contact@aiswoluwesaintlambert.be");
        exports.Organisation("18791")["emailNl"] = new System.Text.Json.Nodes.JsonArray("contact@aiswoluwesaintlambert.be");
        var report = folder.Import(exports.ReadBruxellesSocial(), exports.ReadSocialeKaart());

        var text = folder.Listing(id);
        Assert.Contains("Personnes à bas revenus du quartier", text);
        Assert.Contains("editor_note: checked by phone", text);
        Assert.Contains("contact@aiswoluwesaintlambert.be", text);
        var conflict = Assert.Single(report.Conflicts);
        Assert.Equal((id, "audience"), (conflict.Id, conflict.Field));
        Assert.Contains("Tout public", conflict.Upstream!.ToJsonString());

        // The next import reports the conflict again and still keeps the local text.
        var again = folder.Import(exports.ReadBruxellesSocial(), exports.ReadSocialeKaart());
        Assert.Single(again.Conflicts);
        Assert.Empty(again.Changed);
        Assert.Contains("Personnes à bas revenus du quartier", folder.Listing(id));
    }

    [Fact]
    public void RecordGoneUpstreamMarksItsListingAndComingBackClearsTheMark()
    {
        using var folder = new ImportFolder();
        var exports = new SampleExports();
        folder.Import(exports.ReadBruxellesSocial(), exports.ReadSocialeKaart());
        var id = folder.ListingOf("bruxelles_social", "18791")!;
        var record = exports.Organisation("18791");
        exports.BruxellesSocial.Remove(record);

        var report = folder.Import(exports.ReadBruxellesSocial(), exports.ReadSocialeKaart());
        var withdrawn = Assert.Single(report.NoLongerListed);
        Assert.Equal((id, "bruxelles_social", "18791"), (withdrawn.Id, withdrawn.Source, withdrawn.RecordId));
        var text = folder.Listing(id);
        Assert.Contains("no_longer_listed:", text);
        Assert.Contains("bruxelles_social: 2026-12-06", text);
        // Its last known content stays: the listing is marked, not emptied or deleted.
        Assert.Contains("Agence immobilière sociale de Woluwe-Saint-Lambert", text);

        exports.BruxellesSocial.Add(record);
        folder.Import(exports.ReadBruxellesSocial(), exports.ReadSocialeKaart());
        Assert.DoesNotContain("no_longer_listed", folder.Listing(id));
    }

    [Fact]
    public void ImportingOneDirectoryKeepsWhatTheOtherSaid()
    {
        using var folder = new ImportFolder();
        var exports = new SampleExports();
        folder.Import(exports.ReadBruxellesSocial(), exports.ReadSocialeKaart());
        var before = folder.Snapshot();
        var report = folder.Import(exports.ReadBruxellesSocial());
        Assert.Empty(report.Changed);
        Assert.Empty(report.NoLongerListed);
        Assert.Equal(before, folder.Snapshot());
    }

    [Fact]
    public void ReviewPairStaysTwoUntilConfirmedThenMerges()
    {
        using var folder = new ImportFolder();
        var report = folder.ImportSamples();
        var review = report.PendingReview.First(p => p.BruxellesSocialListing is not null && p.SocialeKaartListing is not null);
        Assert.NotEqual(review.BruxellesSocialListing, review.SocialeKaartListing);

        var confirmed = new AlignmentDecision(review.BruxellesSocial, review.SocialeKaart, DecisionVerdict.Confirmed, null, "staff", folder.Clock.GetUtcNow());
        var merged = folder.Import([ImportFolder.SampleBruxellesSocial(), ImportFolder.SampleSocialeKaart()], [confirmed]);

        var merge = Assert.Single(merged.Merged);
        Assert.Equal((review.BruxellesSocialListing, review.SocialeKaartListing), (merge.Into, merge.Removed));
        Assert.False(File.Exists(Path.Combine(folder.Root, "organisations", review.SocialeKaartListing + ".md")));
        Assert.Equal(review.BruxellesSocialListing, folder.ListingOf("sociale_kaart", review.SocialeKaart));
        Assert.Contains("sociale_kaart: " + review.SocialeKaart, folder.Listing(review.BruxellesSocialListing!));
    }

    [Fact]
    public void RejectedPairIsNeverMergedAndAMergedOneIsSplit()
    {
        using var folder = new ImportFolder();
        folder.ImportSamples();
        var id = folder.ListingOf("bruxelles_social", "18791")!;
        var provenance = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Root, "import", "provenance", id + ".json")))!;
        var partner = provenance["records"]!.AsArray().Single(r => (string?)r!["source"] == "sociale_kaart")!["id"]!.GetValue<string>();

        var rejected = new AlignmentDecision("18791", partner, DecisionVerdict.Rejected, null, "staff", folder.Clock.GetUtcNow());
        folder.Import([ImportFolder.SampleBruxellesSocial(), ImportFolder.SampleSocialeKaart()], [rejected]);

        Assert.Equal(id, folder.ListingOf("bruxelles_social", "18791"));
        var split = folder.ListingOf("sociale_kaart", partner);
        Assert.NotNull(split);
        Assert.NotEqual(id, split);
    }

    [Fact]
    public void ListingIdsAreStableAcrossImports()
    {
        using var folder = new ImportFolder();
        var first = folder.ImportSamples().Added.ToDictionary(a => string.Join("+", a.External.Values), a => a.Id);
        using var other = new ImportFolder();
        var second = other.ImportSamples().Added.ToDictionary(a => string.Join("+", a.External.Values), a => a.Id);
        Assert.Equal(first, second);
    }
}
