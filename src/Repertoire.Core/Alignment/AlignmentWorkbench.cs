using Repertoire.Core.Alignment.Crosswalk;
using Repertoire.Core.Alignment.Decisions;
using Repertoire.Core.Alignment.Import;
using Repertoire.Core.Alignment.Listings;
using Repertoire.Core.Alignment.Matching;

namespace Repertoire.Core.Alignment;

/// <summary>What the staff workbench works with: two imported exports, the decision store and the current
/// alignment, recomputed after each decision so that a confirmed pair is fixed and a rejected pair disappears
/// from the proposals at once. Thread-safe.</summary>
public sealed class AlignmentWorkbench
{
    private readonly IReadOnlyList<DirectoryRecord> _bruxellesSocial;
    private readonly IReadOnlyList<DirectoryRecord> _socialeKaart;
    private readonly HashSet<string> _bruxellesSocialIds;
    private readonly HashSet<string> _socialeKaartIds;
    private readonly DecisionStore _decisions;
    private readonly IReadOnlyList<ListingReference>? _listings;
    private readonly AlignmentMatcher _matcher;
    private readonly Lock _lock = new();
    private AlignmentResult? _result;

    /// <summary>A workbench over already imported records.</summary>
    public AlignmentWorkbench(
        IReadOnlyList<DirectoryRecord> bruxellesSocial,
        IReadOnlyList<DirectoryRecord> socialeKaart,
        DecisionStore decisions,
        IReadOnlyList<ListingReference>? listings = null,
        AlignmentOptions? options = null)
    {
        _bruxellesSocial = bruxellesSocial ?? throw new ArgumentNullException(nameof(bruxellesSocial));
        _socialeKaart = socialeKaart ?? throw new ArgumentNullException(nameof(socialeKaart));
        _decisions = decisions ?? throw new ArgumentNullException(nameof(decisions));
        _listings = listings;
        _matcher = new AlignmentMatcher(options);
        _bruxellesSocialIds = bruxellesSocial.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        _socialeKaartIds = socialeKaart.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Imports both export files and opens a workbench on them; <paramref name="problems"/> receives the
    /// unreadable records ("bruxelles-social.json: record 3 (line 80): no id").</summary>
    public static AlignmentWorkbench FromFiles(
        string bruxellesSocialPath,
        string socialeKaartPath,
        DecisionStore decisions,
        IReadOnlyList<ListingReference>? listings = null,
        AlignmentOptions? options = null,
        ICollection<string>? problems = null)
    {
        var left = new BruxellesSocialImporter().Import(bruxellesSocialPath);
        var right = new SocialeKaartImporter().Import(socialeKaartPath);
        if (problems is not null)
        {
            foreach (var problem in left.Problems) problems.Add($"{Path.GetFileName(bruxellesSocialPath)}: {problem}");
            foreach (var problem in right.Problems) problems.Add($"{Path.GetFileName(socialeKaartPath)}: {problem}");
        }
        return new AlignmentWorkbench(left.Records, right.Records, decisions, listings, options);
    }

    /// <summary>The current alignment (computed on first use and after each decision).</summary>
    public AlignmentResult Result
    {
        get
        {
            lock (_lock) return _result ??= _matcher.Align(_bruxellesSocial, _socialeKaart, _decisions.All(), _listings);
        }
    }

    /// <summary>The proposals with the given status (all when null), best first.</summary>
    public IReadOnlyList<AlignmentProposal> Proposals(AlignmentStatus? status = null) =>
        Result.Proposals.Where(p => status is null || p.Status == status).ToList();

    /// <summary>The proposal for a pair, or, when the matcher does not propose it, the pair scored on demand
    /// (status review) so that a person can still look at it; null when either id is unknown.</summary>
    public AlignmentProposal? Pair(string bruxellesSocialId, string socialeKaartId)
    {
        var result = Result;
        if (result.Find(bruxellesSocialId, socialeKaartId) is { } proposal) return proposal;
        var left = _bruxellesSocial.FirstOrDefault(r => r.Id == bruxellesSocialId);
        var right = _socialeKaart.FirstOrDefault(r => r.Id == socialeKaartId);
        if (left is null || right is null) return null;
        return _matcher.Compare(left, right, _bruxellesSocial.Concat(_socialeKaart).ToList());
    }

    /// <summary>The Bruxelles-Social record with the id, or null.</summary>
    public DirectoryRecord? BruxellesSocial(string id) => _bruxellesSocial.FirstOrDefault(r => r.Id == id);

    /// <summary>The Sociale Kaart record with the id, or null.</summary>
    public DirectoryRecord? SocialeKaart(string id) => _socialeKaart.FirstOrDefault(r => r.Id == id);

    /// <summary>Confirms a pair (see <see cref="DecisionStore.Confirm"/>).</summary>
    public AlignmentDecision Confirm(string bruxellesSocialId, string socialeKaartId, string decidedBy, string? note = null) =>
        Decide(bruxellesSocialId, socialeKaartId, () => _decisions.Confirm(bruxellesSocialId, socialeKaartId, decidedBy, note));

    /// <summary>Rejects a pair: it is never proposed again.</summary>
    public AlignmentDecision Reject(string bruxellesSocialId, string socialeKaartId, string decidedBy, string? note = null) =>
        Decide(bruxellesSocialId, socialeKaartId, () => _decisions.Reject(bruxellesSocialId, socialeKaartId, decidedBy, note));

    /// <summary>Leaves a note on a pair.</summary>
    public AlignmentDecision Note(string bruxellesSocialId, string socialeKaartId, string decidedBy, string note) =>
        Decide(bruxellesSocialId, socialeKaartId, () => _decisions.Note(bruxellesSocialId, socialeKaartId, decidedBy, note));

    /// <summary>Withdraws a verdict: the pair goes back to the matcher.</summary>
    public AlignmentDecision Withdraw(string bruxellesSocialId, string socialeKaartId, string decidedBy) =>
        Decide(bruxellesSocialId, socialeKaartId, () => _decisions.Withdraw(bruxellesSocialId, socialeKaartId, decidedBy));

    /// <summary>The publishable crosswalk.</summary>
    public CrosswalkDocument Crosswalk() => Result.ToCrosswalk();

    private AlignmentDecision Decide(string bruxellesSocialId, string socialeKaartId, Func<AlignmentDecision> decide)
    {
        if (!_bruxellesSocialIds.Contains(bruxellesSocialId)) throw new ArgumentException($"unknown Bruxelles-Social id {bruxellesSocialId}", nameof(bruxellesSocialId));
        if (!_socialeKaartIds.Contains(socialeKaartId)) throw new ArgumentException($"unknown Sociale Kaart id {socialeKaartId}", nameof(socialeKaartId));
        lock (_lock)
        {
            var decision = decide();
            _result = null;
            return decision;
        }
    }
}
