using System.Diagnostics;
using Microsoft.Extensions.Options;
using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Decisions;
using Repertoire.Core.Alignment.Import;
using Repertoire.Core.Content;
using Repertoire.Web.Infrastructure;

namespace Repertoire.Web.Staff;

/// <summary>
/// The workbench's state: the two exports on disk, the staff decisions and the listings served, and the alignment
/// computed from them. The alignment is cached and computed again only when an export file, a decision (made on any node) or the
/// content changes; decisions made through this class recompute it at once, so the next page is served from cache.
/// </summary>
public sealed class AlignmentWorkspace
{
    private readonly ContentStore _content;
    private readonly IDecisionStore _decisions;
    private readonly ILogger<AlignmentWorkspace> _logger;
    private readonly TimeProvider _time;
    private readonly AlignmentFlow _flow = new();
    private readonly Lock _computeLock = new();
    private readonly Lock _exportLock = new();
    private volatile Cached? _cached;

    private sealed record FileStamp(bool Exists, long Length, DateTime LastWriteUtc)
    {
        public static FileStamp Of(string path)
        {
            var info = new FileInfo(path);
            return info.Exists ? new FileStamp(true, info.Length, info.LastWriteTimeUtc) : new FileStamp(false, 0, default);
        }
    }

    private sealed record Stamp(FileStamp BruxellesSocial, FileStamp SocialeKaart, long DecisionVersion, ContentSet Content)
    {
        // The content set is compared by reference: a reload swaps in a new instance.
        public bool Matches(Stamp other) =>
            BruxellesSocial == other.BruxellesSocial && SocialeKaart == other.SocialeKaart
            && DecisionVersion == other.DecisionVersion && ReferenceEquals(Content, other.Content);
    }

    private sealed record Cached(Stamp Stamp, AlignmentSnapshot Snapshot);

    public AlignmentWorkspace(ContentStore content, IDecisionStore decisions, IOptions<WorkbenchOptions> options,
        ILogger<AlignmentWorkspace> logger, TimeProvider time)
    {
        _content = content;
        _decisions = decisions;
        _logger = logger;
        _time = time;
        BruxellesSocialPath = Resolve(options.Value.BruxellesSocialPath, AlignmentDataFiles.BruxellesSocialExport(content.DataPath));
        SocialeKaartPath = Resolve(options.Value.SocialeKaartPath, AlignmentDataFiles.SocialeKaartExport(content.DataPath));
    }

    /// <summary>The Bruxelles-Social export file.</summary>
    public string BruxellesSocialPath { get; }

    /// <summary>The De Sociale Kaart export file.</summary>
    public string SocialeKaartPath { get; }

    /// <summary>The decisions, for their history.</summary>
    public IDecisionStore Decisions => _decisions;

    /// <summary>The alignment of the current files, decisions and listings (computed now if any of them changed).</summary>
    public AlignmentSnapshot Current
    {
        get
        {
            var stamp = CurrentStamp();
            var cached = _cached;
            if (cached is not null && cached.Stamp.Matches(stamp)) return cached.Snapshot;
            lock (_computeLock)
            {
                stamp = CurrentStamp();
                cached = _cached;
                if (cached is not null && cached.Stamp.Matches(stamp)) return cached.Snapshot;
                var snapshot = Compute();
                _cached = new Cached(stamp, snapshot);
                return snapshot;
            }
        }
    }

    /// <summary>The proposal of a pair, or, when the matcher does not propose it (say a rival was confirmed since),
    /// the pair scored on demand so a person can still look at it and decide; null when either id is unknown.</summary>
    public AlignmentProposal? Pair(string bruxellesSocialId, string socialeKaartId)
    {
        var snapshot = Current;
        if (snapshot.Find(bruxellesSocialId, socialeKaartId) is { } proposal) return proposal;
        if (!snapshot.BruxellesSocial.TryGetValue(bruxellesSocialId, out var left) || !snapshot.SocialeKaart.TryGetValue(socialeKaartId, out var right)) return null;
        var corpus = snapshot.BruxellesSocial.Values.Concat(snapshot.SocialeKaart.Values).ToList();
        return _flow.Matcher.Compare(left, right, corpus) with { Decision = _decisions.Find(bruxellesSocialId, socialeKaartId) };
    }

    /// <summary>Confirms a pair as <paramref name="user"/> and recomputes the alignment.</summary>
    public AlignmentDecision Confirm(string bruxellesSocialId, string socialeKaartId, string user, string? note) =>
        Changed(_decisions.Confirm(bruxellesSocialId, socialeKaartId, user, Clean(note)));

    /// <summary>Rejects a pair as <paramref name="user"/> and recomputes the alignment.</summary>
    public AlignmentDecision Reject(string bruxellesSocialId, string socialeKaartId, string user, string? note) =>
        Changed(_decisions.Reject(bruxellesSocialId, socialeKaartId, user, Clean(note)));

    /// <summary>Leaves a note on a pair as <paramref name="user"/>.</summary>
    public AlignmentDecision Note(string bruxellesSocialId, string socialeKaartId, string user, string note) =>
        Changed(_decisions.Note(bruxellesSocialId, socialeKaartId, user, note.Trim()));

    /// <summary>Withdraws the verdict on a pair: it goes back to the matcher.</summary>
    public AlignmentDecision Withdraw(string bruxellesSocialId, string socialeKaartId, string user) =>
        Changed(_decisions.Withdraw(bruxellesSocialId, socialeKaartId, user));

    /// <summary>
    /// Replaces an export with an uploaded one (a re-import). The upload is read first: when not a single record
    /// can be read it is refused and the current file is kept. The file is swapped in with a rename, so a
    /// concurrent reader sees the old export or the new one.
    /// </summary>
    public ImportResult ReplaceExport(DirectorySource source, Stream upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        using var buffer = new MemoryStream();
        upload.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var imported = AlignmentFlow.ImporterOf(source).Import(bytes);
        if (imported.Records.Count == 0) return imported;

        var path = source == DirectorySource.BruxellesSocial ? BruxellesSocialPath : SocialeKaartPath;
        lock (_exportLock)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + ".upload";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        _logger.LogInformation("New {Source} export: {Count} records ({Problems} unreadable) in {Path}", source, imported.Records.Count, imported.Problems.Count, path);
        _ = Current;
        return imported;
    }

    private AlignmentDecision Changed(AlignmentDecision decision)
    {
        _ = Current;
        return decision;
    }

    // The decisions' version comes from the store, not from this process: with a shared database another node's
    // decision must make this node's cached alignment stale too.
    private Stamp CurrentStamp() =>
        new(FileStamp.Of(BruxellesSocialPath), FileStamp.Of(SocialeKaartPath), _decisions.Version(), _content.Current);

    private AlignmentSnapshot Compute()
    {
        var clock = Stopwatch.StartNew();
        var missing = new[] { BruxellesSocialPath, SocialeKaartPath }.Where(p => !File.Exists(p)).ToList();
        if (missing.Count > 0)
            return new AlignmentSnapshot(null, missing, [], new Dictionary<string, DirectoryRecord>(), new Dictionary<string, DirectoryRecord>(), _time.GetUtcNow(), clock.Elapsed);

        // The align command and `repertoire import` go through the same flow, so the workbench shows their pairs.
        var problems = new List<string>();
        var left = AlignmentFlow.ReadExport(DirectorySource.BruxellesSocial, BruxellesSocialPath, problems);
        var right = AlignmentFlow.ReadExport(DirectorySource.SocialeKaart, SocialeKaartPath, problems);
        var result = _flow.Align(left, right, _decisions.All(), _content.Current);
        _logger.LogInformation("Aligned {Left} Bruxelles-Social and {Right} Sociale Kaart records into {Pairs} pairs in {Elapsed} ms",
            left.Count, right.Count, result.Proposals.Count, clock.ElapsedMilliseconds);
        return new AlignmentSnapshot(result, [], problems,
            left.ToDictionary(r => r.Id, StringComparer.Ordinal), right.ToDictionary(r => r.Id, StringComparer.Ordinal),
            _time.GetUtcNow(), clock.Elapsed);
    }

    private static string? Clean(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();

    private static string Resolve(string? configured, string fallback) =>
        string.IsNullOrWhiteSpace(configured) ? fallback : Path.GetFullPath(configured);
}
