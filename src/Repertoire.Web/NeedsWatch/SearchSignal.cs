using Repertoire.Core.Records;

namespace Repertoire.Web.NeedsWatch;

/// <summary>
/// What the request thread hands to the needs watch: values the search already computed, by reference, in a
/// struct the queue holds inline, so recording allocates nothing per search. The writer turns it into a
/// <see cref="Core.NeedsWatch.SearchEvent"/> (hour, normalised text) in the background.
/// </summary>
internal readonly record struct SearchSignal(
    DateTimeOffset At,
    Language Lang,
    string? Text,
    IReadOnlyList<string> Needs,
    string? Place,
    int Results,
    bool OnlyElsewhere,
    bool Staff);
