namespace Repertoire.Core.DirectoryImport.Live;

/// <summary>How politely and how stubbornly the live client asks the directories.</summary>
public sealed record LiveSourceOptions
{
    /// <summary>At most this many requests a second, retries included. Defaults to <c>4</c>.</summary>
    public double RequestsPerSecond { get; init; } = 4;

    /// <summary>Retries of a request answered 429, 5xx or 408, or that timed out. Defaults to <c>5</c>.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>The first retry's delay, doubled at each retry (with jitter), unless the answer's
    /// <c>Retry-After</c> says otherwise. Defaults to 2 seconds.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>One attempt's time-out. Defaults to 30 seconds.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The page size asked of De Sociale Kaart. Defaults to <c>200</c>.</summary>
    public int PageSize { get; init; } = 200;

    /// <summary>Where raw answers are kept until a run completes, so that an interrupted run resumes.</summary>
    public required string CacheFolder { get; init; }
}
