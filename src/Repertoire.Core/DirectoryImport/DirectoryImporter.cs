using System.Text.Json.Nodes;
using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Decisions;
using Repertoire.Core.Alignment.Listings;
using Repertoire.Core.Alignment.Matching;
using Repertoire.Core.Alignment.Normalisation;
using Repertoire.Core.Content;
using Repertoire.Core.DirectoryImport.Mapping;
using Repertoire.Core.DirectoryImport.Sync;

namespace Repertoire.Core.DirectoryImport;

/// <summary>Turns directory records into listings of a content folder and keeps them in step (docs/import.md):
/// aligns the two directories, merges each pair into one listing, maps fields, and writes only what changed,
/// never over a local edit and never in a hand-written file, through a write-aside-and-swap transaction.</summary>
public sealed class DirectoryImporter
{
    private readonly TimeProvider _time;
    private readonly AlignmentOptions _alignment;

    /// <summary>An importer; the clock dates provenance and reports.</summary>
    public DirectoryImporter(TimeProvider? time = null, AlignmentOptions? alignment = null)
    {
        _time = time ?? TimeProvider.System;
        _alignment = alignment ?? AlignmentOptions.Default;
    }

    /// <summary>Imports the batches (one per directory read) into the content folder at <paramref name="contentRoot"/>.</summary>
    /// <param name="contentRoot">The content folder.</param>
    /// <param name="batches">The directories read in this run (one or both).</param>
    /// <param name="decisions">Staff decisions on pairs (confirmed pairs merge, rejected pairs never do).</param>
    /// <param name="progress">Told of each stage.</param>
    /// <exception cref="ImportSetupException">The folder or its mapping tables cannot be used; nothing was written.</exception>
    public ImportReport Run(string contentRoot, IReadOnlyList<SourceBatch> batches, IReadOnlyList<AlignmentDecision>? decisions = null, IImportProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(contentRoot);
        ArgumentNullException.ThrowIfNull(batches);
        progress ??= IImportProgress.None;
        var report = new ImportReport { Started = _time.GetUtcNow() };
        var today = ContributionMapper.Date(DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime));
        var root = Path.GetFullPath(contentRoot);
        if (!File.Exists(Path.Combine(root, "territory.yml"))) throw new ImportSetupException($"{root} is not a content folder (no territory.yml)");
        ContentTransaction.Recover(root);

        progress.Stage("Reading the content folder", 0);
        var content = ContentLoader.Load(root);
        var categories = MappingTablesReader.ReadCategories(root, content.Taxonomy);
        var placer = new TerritoryPlacer(content.Territory, MappingTablesReader.ReadBasins(root, content.Territory));
        var state = ImportState.Read(root, content);

        // Map every record; a record outside the Region or that cannot be placed is refused here.
        progress.Stage("Mapping records", batches.Sum(b => b.Records.Count));
        var mapper = new ContributionMapper(placer, categories);
        var fresh = new Dictionary<(DirectorySource, string), (SourceRecord Record, Contribution Contribution)>();
        var unmapped = new Dictionary<(DirectorySource, string), int>();
        foreach (var batch in batches)
        {
            report.Refused.AddRange(batch.Refused);
            foreach (var record in batch.Records) placer.Learn(record);
        }
        foreach (var batch in batches)
        {
            foreach (var record in batch.Records)
            {
                progress.Advance();
                if (record.Postcode is { } postcode && !placer.InRegion(postcode))
                {
                    report.Refused.Add(new RefusedRecord(record.Source, record.Id, $"record {record.Id}", $"outside the Brussels-Capital Region (postcode {postcode})"));
                    continue;
                }
                var mapped = mapper.Map(record);
                fresh[(record.Source, record.Id)] = (record, mapped.Contribution);
                foreach (var warning in mapped.Warnings)
                    report.Warnings.Add(new ImportReport.WarningEntry(Contribution.Key(record.Source), record.Id, warning));
                foreach (var label in mapped.Unmapped)
                    unmapped[(record.Source, label)] = unmapped.GetValueOrDefault((record.Source, label)) + 1;
            }
        }
        foreach (var ((source, label), count) in unmapped.OrderBy(u => u.Key.Item1).ThenByDescending(u => u.Value).ThenBy(u => u.Key.Item2, StringComparer.Ordinal))
            report.UnmappedCategories.Add(new ImportReport.UnmappedEntry(Contribution.Key(source), label, count));

        progress.Stage("Aligning the directories", 0);
        var plan = new ListingPlan(state, report);
        var streets = new StreetTranslator();
        foreach (var (record, _) in fresh.Values.Where(f => f.Record.Source == DirectorySource.BruxellesSocial))
            foreach (var address in record.Alignment.Addresses) streets.Learn(address.StreetFr, address.StreetNl);
        var handLinker = new ListingLinker(state.HandWritten.Select(ListingReference.From), NameNormaliser.Default, streets);
        string? HandWritten(DirectoryRecord record) => handLinker.FindSameService(PreparedRecord.Create(record, NameNormaliser.Default, streets));
        var rejected = (decisions ?? []).Where(d => d.Verdict == DecisionVerdict.Rejected)
            .Select(d => (d.BruxellesSocialId, d.SocialeKaartId)).ToHashSet();
        var present = fresh.Keys.Select(k => k.Item1).ToHashSet();
        if (present.Count == 2)
        {
            var left = fresh.Values.Where(f => f.Record.Source == DirectorySource.BruxellesSocial).Select(f => f.Record.Alignment).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
            var right = fresh.Values.Where(f => f.Record.Source == DirectorySource.SocialeKaart).Select(f => f.Record.Alignment).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
            // The pairs of the align command and the workbench (same flow, same decisions). Listings are linked below by
            // the importer itself, which must also place records that pair with nothing.
            var result = new AlignmentFlow(_alignment).Align(left, right, decisions, content: null);
            foreach (var proposal in result.Proposals.Where(p => p.Status is AlignmentStatus.Auto or AlignmentStatus.Confirmed))
            {
                var hand = HandWritten(proposal.BruxellesSocial) ?? HandWritten(proposal.SocialeKaart);
                plan.Pair(proposal.BruxellesSocial.Id, proposal.SocialeKaart.Id, hand);
            }
            foreach (var proposal in result.Proposals.Where(p => p.Status == AlignmentStatus.Review))
                report.PendingReview.Add(new ImportReport.ReviewEntry(proposal.BruxellesSocial.Id, proposal.SocialeKaart.Id, Math.Round(proposal.Score, 3),
                    null, null));
        }
        plan.Detach(rejected);
        foreach (var key in fresh.Keys.OrderBy(k => k.Item1).ThenBy(k => k.Item2, StringComparer.Ordinal))
        {
            if (plan.IsPlaced(key)) continue;
            plan.Single(key, HandWritten(fresh[key].Record.Alignment));
        }

        progress.Stage("Writing listings", plan.Listings.Count);
        var transaction = new ContentTransaction(root);
        var writer = new ListingSynchroniser(state, report, transaction, today);
        var gone = GoneRecords(batches, fresh.Keys, state);
        foreach (var listing in plan.Listings)
        {
            progress.Advance();
            writer.Sync(listing, fresh, gone);
        }
        foreach (var (into, removed) in plan.MergedAway) writer.Remove(into, removed);
        foreach (var entry in report.PendingReview.ToList())
        {
            var index = report.PendingReview.IndexOf(entry);
            report.PendingReview[index] = entry with
            {
                BruxellesSocialListing = plan.ListingOf((DirectorySource.BruxellesSocial, entry.BruxellesSocial)),
                SocialeKaartListing = plan.ListingOf((DirectorySource.SocialeKaart, entry.SocialeKaart)),
            };
        }
        report.Sources.AddRange(batches.Select(b => new ImportReport.SourceSummary(Contribution.Key(b.Source), "", b.Records.Count, b.Refused.Count, b.IsComplete)));
        progress.Stage("Swapping the new files in", 0);
        transaction.Commit();
        report.Finished = _time.GetUtcNow();
        return report;
    }

    // A record is gone when its directory was read in full without it (and did not refuse it), or answered 404.
    private static HashSet<(DirectorySource, string)> GoneRecords(IReadOnlyList<SourceBatch> batches, IEnumerable<(DirectorySource, string)> seen, ImportState state)
    {
        var present = seen.ToHashSet();
        var gone = new HashSet<(DirectorySource, string)>();
        foreach (var batch in batches)
        {
            var refused = batch.RefusedIds.ToHashSet(StringComparer.Ordinal);
            foreach (var id in batch.Gone) gone.Add((batch.Source, id));
            if (!batch.IsComplete) continue;
            foreach (var (source, id) in state.OwnedRecords.Keys)
                if (source == batch.Source && !present.Contains((source, id)) && !refused.Contains(id)) gone.Add((source, id));
        }
        return gone;
    }
}
