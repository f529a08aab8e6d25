using System.Globalization;
using System.Runtime.InteropServices;
using Repertoire.Core.Records;

namespace Repertoire.Core.NeedsWatch;

/// <summary>
/// A batch of events as the stores write it: identical searches of one hour (same language, place, needs, number of
/// results, only-elsewhere and staff flags) become one row with their number, and query texts one count per day,
/// place, text and staff flag. Writing a row costs the store microseconds of CPU whatever it holds, so the writer's
/// cost follows the number of distinct searches, not the number of searches (docs/benchmarks.md, "Needs watch").
/// Nothing is lost: every read counts a row as many searches as it holds.
/// </summary>
public sealed class SearchEventBatch
{
    private SearchEventBatch(IReadOnlyList<Row> rows, IReadOnlyList<TextCount> texts)
    {
        Rows = rows;
        Texts = texts;
    }

    /// <summary>The distinct searches, in the order first seen.</summary>
    public IReadOnlyList<Row> Rows { get; }

    /// <summary>The query texts counted, in ordinal order of (day, place, text, staff): every writer locks rows in
    /// the same order, which rules out deadlocks between two nodes' batches in a shared database.</summary>
    public IReadOnlyList<TextCount> Texts { get; }

    /// <summary>Groups <paramref name="events"/>; hours are truncated to Brussels hours here.</summary>
    public static SearchEventBatch Of(IReadOnlyList<SearchEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var rows = new Dictionary<RowKey, int>();
        var order = new List<(RowKey Key, IReadOnlyList<string> Needs)>();
        var texts = new Dictionary<(string Day, string Place, string Text, bool Staff), int>();
        // A batch's events are nearly all of one hour: its texts are worked out once (a time zone conversion each).
        var lastInstant = DateTimeOffset.MinValue;
        string hour = "", day = "";
        foreach (var e in events)
        {
            if (e.Hour != lastInstant)
            {
                lastInstant = e.Hour;
                var brussels = SearchEvent.HourOf(e.Hour);
                hour = brussels.ToString("yyyy-MM-dd'T'HH", CultureInfo.InvariantCulture);
                day = hour[..10];
            }
            var needs = Distinct(e.Needs);
            var key = new RowKey(hour, e.Lang.Code(), e.Place, e.Results, e.OnlyElsewhere, e.Staff, string.Join('\n', needs));
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(rows, key, out var seen);
            if (!seen) order.Add((key, needs));
            count++;
            if (e.QueryText is { Length: > 0 } text)
                CollectionsMarshal.GetValueRefOrAddDefault(texts, (day, e.Place, text, e.Staff), out _)++;
        }
        return new SearchEventBatch(
            order.Select(o => new Row(o.Key.Hour, o.Key.Lang, o.Key.Place, o.Key.Results, o.Key.OnlyElsewhere, o.Key.Staff, o.Needs, rows[o.Key])).ToList(),
            texts.OrderBy(t => t.Key.Day, StringComparer.Ordinal).ThenBy(t => t.Key.Place, StringComparer.Ordinal)
                .ThenBy(t => t.Key.Text, StringComparer.Ordinal).ThenBy(t => t.Key.Staff)
                .Select(t => new TextCount(t.Key.Day, t.Key.Place, t.Key.Text, t.Key.Staff, t.Value)).ToList());
    }

    // The needs in ordinal order without repeats: "a, b" and "b, a" are the same search.
    private static IReadOnlyList<string> Distinct(IReadOnlyList<string> needs) => needs.Count switch
    {
        0 => [],
        1 => needs,
        _ => needs.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
    };

    private readonly record struct RowKey(string Hour, string Lang, string Place, int Results, bool OnlyElsewhere, bool Staff, string Needs);

    /// <summary>Identical searches of one hour.</summary>
    /// <param name="Hour">The Brussels hour as the stores keep it (<c>2026-05-01T10</c>).</param>
    /// <param name="Lang">The interface language's code.</param>
    /// <param name="Place">The place asked about.</param>
    /// <param name="Results">How many listings each found.</param>
    /// <param name="OnlyElsewhere">Whether they found listings, none in the place asked about.</param>
    /// <param name="Staff">Whether staff searched.</param>
    /// <param name="Needs">The needs asked for, each once.</param>
    /// <param name="Searches">How many searches the row stands for.</param>
    public sealed record Row(string Hour, string Lang, string Place, int Results, bool OnlyElsewhere, bool Staff,
        IReadOnlyList<string> Needs, int Searches);

    /// <summary>How many times a normalised query text was searched on a day (Brussels) for a place.</summary>
    public sealed record TextCount(string Day, string Place, string Text, bool Staff, int Searches);
}
