using System.Text.Json.Nodes;

namespace Repertoire.Core.DirectoryImport;

/// <summary>What one import did, field by field; written as JSON and as a readable summary.</summary>
public sealed class ImportReport
{
    /// <summary>When the run started and ended (UTC).</summary>
    public DateTimeOffset Started { get; set; }

    /// <summary>When the run ended (UTC).</summary>
    public DateTimeOffset Finished { get; set; }

    /// <summary>Per directory: where it was read from and how many records were taken or refused.</summary>
    public List<SourceSummary> Sources { get; } = [];

    /// <summary>New listings.</summary>
    public List<ListingEntry> Added { get; } = [];

    /// <summary>Listings whose fields changed, with before and after.</summary>
    public List<ChangedListing> Changed { get; } = [];

    /// <summary>Listings the run left exactly as they were.</summary>
    public int Unchanged { get; set; }

    /// <summary>Listings whose record a directory no longer lists (newly marked in this run).</summary>
    public List<WithdrawnEntry> NoLongerListed { get; } = [];

    /// <summary>Listings merged into another after staff confirmed their pair (the second file is removed).</summary>
    public List<MergedEntry> Merged { get; } = [];

    /// <summary>Upstream changes not applied because the field was edited locally since the last import.</summary>
    public List<ConflictEntry> Conflicts { get; } = [];

    /// <summary>Records that describe a hand-written listing: the listing is left to its authors.</summary>
    public List<HandWrittenEntry> HandWritten { get; } = [];

    /// <summary>Pairs the matcher proposes for review: two listings until staff confirm them.</summary>
    public List<ReviewEntry> PendingReview { get; } = [];

    /// <summary>Category labels with no entry in the mapping tables.</summary>
    public List<UnmappedEntry> UnmappedCategories { get; } = [];

    /// <summary>Records not imported, with reasons.</summary>
    public List<RefusedRecord> Refused { get; } = [];

    /// <summary>Fields left out of imported records, with reasons.</summary>
    public List<WarningEntry> Warnings { get; } = [];

    /// <summary>Whether the run changed the content folder.</summary>
    public bool ChangedContent => Added.Count + Changed.Count + Merged.Count > 0;

    /// <summary>A directory read in the run.</summary>
    public sealed record SourceSummary(string Source, string Origin, int Records, int Refused, bool Complete);

    /// <summary>A listing and the records it holds.</summary>
    public sealed record ListingEntry(string Id, IReadOnlyDictionary<string, string> External);

    /// <summary>A changed listing.</summary>
    public sealed record ChangedListing(string Id, IReadOnlyList<FieldChange> Fields);

    /// <summary>One field's change; null means absent.</summary>
    public sealed record FieldChange(string Field, JsonNode? Before, JsonNode? After);

    /// <summary>A listing a directory no longer lists.</summary>
    public sealed record WithdrawnEntry(string Id, string Source, string RecordId);

    /// <summary>A merge of two imported listings.</summary>
    public sealed record MergedEntry(string Into, string Removed, string BruxellesSocial, string SocialeKaart);

    /// <summary>A local edit kept against an upstream change.</summary>
    public sealed record ConflictEntry(string Id, string Field, JsonNode? Local, JsonNode? Upstream, string Note);

    /// <summary>A record matched to a hand-written listing.</summary>
    public sealed record HandWrittenEntry(string Id, string Source, string RecordId, string How);

    /// <summary>A pair waiting for a person.</summary>
    public sealed record ReviewEntry(string BruxellesSocial, string SocialeKaart, double Score, string? BruxellesSocialListing, string? SocialeKaartListing);

    /// <summary>An unmapped label and how many records carry it.</summary>
    public sealed record UnmappedEntry(string Source, string Label, int Records);

    /// <summary>A field left out of a record.</summary>
    public sealed record WarningEntry(string Source, string RecordId, string Message);
}
