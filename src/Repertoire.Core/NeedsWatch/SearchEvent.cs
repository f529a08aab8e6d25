using Repertoire.Core.Records;

namespace Repertoire.Core.NeedsWatch;

/// <summary>
/// One search as the needs watch keeps it: nothing that identifies a person (no address, cookie, user agent or
/// account), only what the search asked and what it found. The query text is not kept with the event: it goes,
/// normalised, into a count per day and place (<see cref="INeedsWatchStore.Append"/>).
/// </summary>
/// <param name="Hour">The hour of the search in Brussels time (<see cref="BrusselsTime.HourOf"/>), minutes and seconds dropped.</param>
/// <param name="Lang">The interface language.</param>
/// <param name="Needs">The need ids the search asked for through the taxonomy.</param>
/// <param name="Place">The basin or commune id asked about, or <see cref="Unspecified"/>.</param>
/// <param name="Results">How many listings were found.</param>
/// <param name="OnlyElsewhere">Whether listings were found but none in the place asked about.</param>
/// <param name="Staff">Whether a signed-in staff member searched (counted apart from the public's searches).</param>
/// <param name="QueryText">The normalised query text (<see cref="QueryTextNormaliser"/>), or null when there was none.</param>
public sealed record SearchEvent(
    DateTimeOffset Hour,
    Language Lang,
    IReadOnlyList<string> Needs,
    string Place,
    int Results,
    bool OnlyElsewhere,
    bool Staff,
    string? QueryText)
{
    /// <summary>The place of a search that named none.</summary>
    public const string Unspecified = "unspecified";

    /// <summary>
    /// An instant truncated to its hour in Brussels time: a council reads "Monday morning" and a day's searches as
    /// Brussels days. In the autumn's repeated hour, both hours count as one.
    /// </summary>
    public static DateTimeOffset HourOf(DateTimeOffset instant) => BrusselsTime.HourOf(instant);
}
