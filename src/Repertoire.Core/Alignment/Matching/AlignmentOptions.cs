namespace Repertoire.Core.Alignment.Matching;

/// <summary>Thresholds and limits of the matcher.</summary>
public sealed record AlignmentOptions
{
    /// <summary>A pair scoring at least this (and not contested by a close rival) is published as <c>auto</c>.
    /// 0.9 means the summed evidence beats the prior by odds of 9 to 1; the hard negatives of the sample
    /// (same address other organisation, other site of the same organisation) stay below 0.6. Defaults to <c>0.9</c>.</summary>
    public double AutoThreshold { get; init; } = 0.9;

    /// <summary>A pair scoring at least this is proposed for <c>review</c>. Defaults to <c>0.1</c>: proposals are
    /// cheap to dismiss, missed pairs are not.</summary>
    public double ReviewThreshold { get; init; } = 0.1;

    /// <summary>A pair stays <c>auto</c> only if its log-odds beat every rival for either record by this much
    /// (a rival being any other candidate above the review threshold). Defaults to <c>2.0</c> (odds 7.4 to 1).</summary>
    public double AmbiguityMargin { get; init; } = 2.0;

    /// <summary>A block (records sharing a blocking key) larger than this many pairs is too generic to be
    /// evidence and is skipped. Defaults to <c>2500</c>.</summary>
    public int MaxBlockPairs { get; init; } = 2500;

    /// <summary>At most this many review alternatives are proposed per record besides its assigned pair.
    /// Defaults to <c>2</c>.</summary>
    public int MaxAlternatives { get; init; } = 2;

    /// <summary>The default options.</summary>
    public static AlignmentOptions Default { get; } = new();
}
