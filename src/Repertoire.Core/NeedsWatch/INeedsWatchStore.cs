namespace Repertoire.Core.NeedsWatch;

/// <summary>
/// Where the needs watch keeps its search events, the counts of query texts and the monthly aggregates of
/// events past the retention. The embedded default is <see cref="SqliteNeedsWatchStore"/> (<c>DATA/needs-watch.db</c>);
/// a shared database can implement the same contract. Implementations are thread-safe.
/// </summary>
public interface INeedsWatchStore : IDisposable
{
    /// <summary>
    /// Stores a batch of events in one transaction, identical searches of an hour as one row with their number
    /// (<see cref="SearchEventBatch"/>), and adds their query texts to the daily text counts.
    /// </summary>
    void Append(IReadOnlyList<SearchEvent> events);

    /// <summary>
    /// Folds every event before <paramref name="before"/> into monthly aggregates and deletes it, and folds the
    /// daily text counts of those days into monthly ones. Folding twice changes nothing.
    /// </summary>
    /// <returns>The number of searches folded.</returns>
    int Fold(DateOnly before);

    /// <summary>The counts of one period for some places (null: every place, the whole region).</summary>
    NeedsWatchCounts Read(NeedsWatchScope scope);
}

/// <summary>What to count: a period (inclusive days, Brussels time), the places (null for all), and the least number of
/// searches a query text needs to be listed (texts below it are not even read).</summary>
public sealed record NeedsWatchScope(DateOnly From, DateOnly To, IReadOnlyCollection<string>? Places, int MinTextCount);

/// <summary>
/// The counts of a scope. Public searches only, except <see cref="StaffSearches"/>. A folded month counts whole when
/// it overlaps the period (in the totals, per need and in the texts), but has no days: <see cref="Days"/> holds
/// unfolded days only.
/// </summary>
public sealed record NeedsWatchCounts(
    SearchTally Total,
    int NoNeed,
    int StaffSearches,
    IReadOnlyDictionary<string, SearchTally> ByNeed,
    IReadOnlyList<(DateOnly Day, SearchTally Tally)> Days,
    IReadOnlyList<(string Text, int Searches)> Texts);

/// <summary>Searches, those that found nothing, and those that found only services outside the place asked about.</summary>
public readonly record struct SearchTally(int Searches, int NothingFound, int OnlyElsewhere)
{
    /// <summary>The sum of two tallies.</summary>
    public static SearchTally operator +(SearchTally a, SearchTally b) =>
        new(a.Searches + b.Searches, a.NothingFound + b.NothingFound, a.OnlyElsewhere + b.OnlyElsewhere);
}
