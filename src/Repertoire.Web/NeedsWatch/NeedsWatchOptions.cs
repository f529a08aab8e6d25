namespace Repertoire.Web.NeedsWatch;

/// <summary>The <c>Repertoire:NeedsWatch</c> configuration section.</summary>
public sealed class NeedsWatchOptions
{
    /// <summary>Whether searches are recorded at all (off to measure what recording costs). Defaults to <c>true</c>.</summary>
    public bool Record { get; set; } = true;

    /// <summary>The least number of searches a count or a query text needs to be shown to the public. Defaults to <c>5</c>.</summary>
    public int MinPublicCount { get; set; } = 5;

    /// <summary>How many months events are kept before they are folded into monthly counts. Defaults to <c>13</c>.</summary>
    public int RetentionMonths { get; set; } = 13;

    /// <summary>How many searches wait for the writer before new ones are dropped (and counted). Defaults to <c>10000</c>.</summary>
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>The most events written in one transaction. Defaults to <c>10000</c>.</summary>
    public int BatchSize { get; set; } = 10_000;

    /// <summary>
    /// How long a batch gathers searches, from its first one, before it is written (sooner when it reaches
    /// <see cref="BatchSize"/>). Identical searches of a batch are stored as one row, so a longer gathering costs fewer
    /// rows; a crash loses at most this much of the statistics. Zero writes what is queued at once. Defaults to 5 seconds.
    /// </summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the writer waits after the store failed before it tries again. Defaults to 10 seconds.</summary>
    public TimeSpan RetryAfterFailure { get; set; } = TimeSpan.FromSeconds(10);
}
