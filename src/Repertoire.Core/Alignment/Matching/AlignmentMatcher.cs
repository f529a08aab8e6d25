using Repertoire.Core.Alignment.Decisions;
using Repertoire.Core.Alignment.Listings;
using Repertoire.Core.Alignment.Normalisation;

namespace Repertoire.Core.Alignment.Matching;

/// <summary>Aligns a Bruxelles-Social export with a De Sociale Kaart export: normalises both, finds candidate
/// pairs by blocking, scores them field by field, then assigns records one to one (confirmed pairs first,
/// then greedily by score, never a rejected pair) and links published pairs to Repertoire listings.</summary>
public sealed class AlignmentMatcher
{
    private readonly AlignmentOptions _options;
    private readonly NameNormaliser _names;

    /// <summary>A matcher with the given options (defaults when null) and the embedded lexicon.</summary>
    public AlignmentMatcher(AlignmentOptions? options = null, NameNormaliser? names = null)
    {
        _options = options ?? AlignmentOptions.Default;
        _names = names ?? NameNormaliser.Default;
    }

    /// <summary>Aligns the two exports.</summary>
    /// <param name="bruxellesSocial">Bruxelles-Social records.</param>
    /// <param name="socialeKaart">Sociale Kaart records.</param>
    /// <param name="decisions">People's decisions: confirmed pairs are fixed first, rejected pairs never proposed.</param>
    /// <param name="listings">Repertoire listings that published pairs are linked to.</param>
    public AlignmentResult Align(
        IReadOnlyList<DirectoryRecord> bruxellesSocial,
        IReadOnlyList<DirectoryRecord> socialeKaart,
        IEnumerable<AlignmentDecision>? decisions = null,
        IEnumerable<ListingReference>? listings = null)
    {
        ArgumentNullException.ThrowIfNull(bruxellesSocial);
        ArgumentNullException.ThrowIfNull(socialeKaart);

        var streets = new StreetTranslator();
        foreach (var record in bruxellesSocial)
            foreach (var address in record.Addresses)
                streets.Learn(address.StreetFr, address.StreetNl);

        var left = bruxellesSocial.Select(r => PreparedRecord.Create(r, _names, streets)).ToList();
        var right = socialeKaart.Select(r => PreparedRecord.Create(r, _names, streets)).ToList();
        var similarity = new NameSimilarity(left.Concat(right));
        var scorer = new PairScorer(similarity, streets);
        // A name token is a blocking key when at most about 1% of records (and at least a few) carry it.
        var rareNameWeight = Math.Log(1 + 1.0 / Math.Max(0.01, 5.0 / Math.Max(1, left.Count + right.Count)));
        var blocker = new CandidateBlocker(similarity, _options.MaxBlockPairs);

        var leftIndex = Index(left);
        var rightIndex = Index(right);
        var decided = new Dictionary<(int, int), AlignmentDecision>();
        foreach (var decision in decisions ?? [])
        {
            if (leftIndex.TryGetValue(decision.BruxellesSocialId, out var i) && rightIndex.TryGetValue(decision.SocialeKaartId, out var j))
                decided[(i, j)] = decision;
        }

        var scored = new List<(int A, int B, FieldEvidence Evidence)>();
        foreach (var (i, j) in blocker.Candidates(left, right, rareNameWeight))
        {
            if (decided.TryGetValue((i, j), out var known) && known.Verdict is not null) continue;
            var evidence = scorer.Score(left[i], right[j]);
            if (evidence.Score >= _options.ReviewThreshold) scored.Add((i, j, evidence));
        }
        scored.Sort((x, y) => y.Evidence.LogOdds.CompareTo(x.Evidence.LogOdds));

        var linker = listings is null ? null : new ListingLinker(listings, _names, streets);
        var proposals = new List<AlignmentProposal>();
        var takenLeft = new HashSet<int>();
        var takenRight = new HashSet<int>();
        var proposedLeft = new HashSet<int>();
        var proposedRight = new HashSet<int>();

        // Confirmed pairs first, latest decision winning if two confirmations share a record.
        foreach (var ((i, j), decision) in decided.OrderByDescending(d => d.Value.DecidedAt))
        {
            if (decision.Verdict == DecisionVerdict.Rejected)
            {
                proposals.Add(Proposal(i, j, scorer.Score(left[i], right[j]), AlignmentStatus.Rejected, decision, null));
            }
            else if (decision.Verdict == DecisionVerdict.Confirmed && !takenLeft.Contains(i) && !takenRight.Contains(j))
            {
                takenLeft.Add(i);
                takenRight.Add(j);
                proposals.Add(Proposal(i, j, scorer.Score(left[i], right[j]), AlignmentStatus.Confirmed, decision, linker));
            }
        }

        var bestForLeft = new Dictionary<int, double>();
        var bestForRight = new Dictionary<int, double>();
        var assigned = new List<(int A, int B, FieldEvidence Evidence)>();
        foreach (var candidate in scored)
        {
            if (takenLeft.Contains(candidate.A) || takenRight.Contains(candidate.B)) continue;
            if (proposedLeft.Contains(candidate.A) || proposedRight.Contains(candidate.B)) continue;
            proposedLeft.Add(candidate.A);
            proposedRight.Add(candidate.B);
            assigned.Add(candidate);
        }
        // The best rival of each record, among the candidates the assignment did not keep.
        var keptPairs = assigned.Select(a => (a.A, a.B)).ToHashSet();
        foreach (var (a, b, evidence) in scored)
        {
            // A record a person already paired is no rival: it is not available.
            if (keptPairs.Contains((a, b)) || takenLeft.Contains(a) || takenRight.Contains(b)) continue;
            if (!bestForLeft.TryGetValue(a, out var la) || evidence.LogOdds > la) bestForLeft[a] = evidence.LogOdds;
            if (!bestForRight.TryGetValue(b, out var rb) || evidence.LogOdds > rb) bestForRight[b] = evidence.LogOdds;
        }
        var autoThreshold = Logit(_options.AutoThreshold);
        foreach (var (a, b, evidence) in assigned)
        {
            var rival = Math.Max(bestForLeft.GetValueOrDefault(a, double.NegativeInfinity), bestForRight.GetValueOrDefault(b, double.NegativeInfinity));
            var isAuto = evidence.LogOdds >= autoThreshold && evidence.LogOdds - rival >= _options.AmbiguityMargin && evidence.IdentifiesService;
            if (isAuto)
            {
                takenLeft.Add(a);
                takenRight.Add(b);
            }
            decided.TryGetValue((a, b), out var note);
            proposals.Add(Proposal(a, b, evidence, isAuto ? AlignmentStatus.Auto : AlignmentStatus.Review, note, isAuto ? linker : null));
        }

        // Rivals of contested pairs are shown too, so a reviewer sees the alternatives side by side.
        var alternatives = new Dictionary<int, int>();
        var alternativesRight = new Dictionary<int, int>();
        foreach (var (a, b, evidence) in scored)
        {
            if (keptPairs.Contains((a, b)) || takenLeft.Contains(a) || takenRight.Contains(b)) continue;
            if (alternatives.GetValueOrDefault(a) >= _options.MaxAlternatives || alternativesRight.GetValueOrDefault(b) >= _options.MaxAlternatives) continue;
            alternatives[a] = alternatives.GetValueOrDefault(a) + 1;
            alternativesRight[b] = alternativesRight.GetValueOrDefault(b) + 1;
            proposedLeft.Add(a);
            proposedRight.Add(b);
            proposals.Add(Proposal(a, b, evidence, AlignmentStatus.Review, null, null));
        }

        var inPair = proposals.Where(p => p.Status != AlignmentStatus.Rejected).ToList();
        var pairedLeft = inPair.Select(p => p.BruxellesSocial.Id).ToHashSet(StringComparer.Ordinal);
        var pairedRight = inPair.Select(p => p.SocialeKaart.Id).ToHashSet(StringComparer.Ordinal);
        var ordered = proposals
            .OrderBy(p => p.Status switch { AlignmentStatus.Confirmed => 0, AlignmentStatus.Auto => 1, AlignmentStatus.Review => 2, _ => 3 })
            .ThenByDescending(p => p.Evidence.LogOdds)
            .ToList();
        return new AlignmentResult(
            ordered,
            bruxellesSocial.Where(r => !pairedLeft.Contains(r.Id)).ToList(),
            socialeKaart.Where(r => !pairedRight.Contains(r.Id)).ToList());

        AlignmentProposal Proposal(int a, int b, FieldEvidence evidence, AlignmentStatus status, AlignmentDecision? decision, ListingLinker? link) =>
            new(left[a].Record, right[b].Record, status, evidence, ConflictDetector.Detect(left[a], right[b], evidence),
                link?.Find(left[a], right[b]), decision);
    }

    /// <summary>Scores one pair on demand (for a person who wants to compare two records the matcher did not
    /// propose); names are weighed against <paramref name="corpus"/> (both exports) when given. Status: review.</summary>
    public AlignmentProposal Compare(DirectoryRecord bruxellesSocial, DirectoryRecord socialeKaart, IReadOnlyCollection<DirectoryRecord>? corpus = null)
    {
        ArgumentNullException.ThrowIfNull(bruxellesSocial);
        ArgumentNullException.ThrowIfNull(socialeKaart);
        var records = corpus ?? [bruxellesSocial, socialeKaart];
        var streets = new StreetTranslator();
        foreach (var record in records.Append(bruxellesSocial).Where(r => r.Source == DirectorySource.BruxellesSocial))
            foreach (var address in record.Addresses)
                streets.Learn(address.StreetFr, address.StreetNl);
        var similarity = new NameSimilarity(records.Select(r => PreparedRecord.Create(r, _names, streets)));
        var (a, b) = (PreparedRecord.Create(bruxellesSocial, _names, streets), PreparedRecord.Create(socialeKaart, _names, streets));
        var evidence = new PairScorer(similarity, streets).Score(a, b);
        return new AlignmentProposal(bruxellesSocial, socialeKaart, AlignmentStatus.Review, evidence, ConflictDetector.Detect(a, b, evidence), null, null);
    }

    private static double Logit(double p)
    {
        p = Math.Clamp(p, 1e-9, 1 - 1e-9);
        return Math.Log(p / (1 - p));
    }

    private static Dictionary<string, int> Index(List<PreparedRecord> records)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++) index.TryAdd(records[i].Record.Id, i);
        return index;
    }
}
