using System.Diagnostics;
using System.Threading.Channels;
using Repertoire.Core.Content;
using Repertoire.Core.Index;
using Repertoire.Core.NeedsWatch;
using Repertoire.Core.Records;
using Repertoire.Benchmarks.Index;
using Repertoire.Tests;

namespace Repertoire.Benchmarks.NeedsWatch;

/// <summary>
/// The needs watch's cost in CPU time, in process, where the machine's load matters far less than over HTTP: a search
/// of the query mix; the request path's share of recording (a small struct offered to a bounded channel); and the
/// background writer's share per search (text normalisation and SQLite batches of several sizes). CPU time is the process's,
/// measured around single-threaded loops.
/// </summary>
public static class RecordingCostHarness
{
    private readonly record struct Signal(DateTimeOffset At, Language Lang, string? Text, IReadOnlyList<string> Needs, string? Place, int Results, bool OnlyElsewhere, bool Staff);

    public static int Run(string[] args)
    {
        var contentPath = args.Length > 0 ? args[0] : TestPaths.BundledContent;
        var data = Path.Combine(Path.GetTempPath(), "repertoire-recording-cost-" + Guid.NewGuid().ToString("n"));
        var content = ContentLoader.Load(contentPath);
        using var searcher = SearchIndex.OpenOrBuild(content, data);
        var mix = QueryMix.Create(content);
        foreach (var q in mix) searcher.Search(q); // warm-up

        var results = new List<(SearchQuery Query, SearchResult Result)>();
        var search = Cpu(() => { foreach (var q in mix) results.Add((q, searcher.Search(q))); }, 5) / (5.0 * mix.Count);

        var channel = Channel.CreateBounded<Signal>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
        var offers = 0;
        var record = Cpu(() =>
        {
            foreach (var (q, r) in results)
            {
                channel.Writer.TryWrite(new Signal(DateTimeOffset.UtcNow, q.Lang, q.Text, r.MatchedNeeds, r.AskedPlace, r.Total, r.OnlyElsewhere, false));
                offers++;
                if (offers % 5_000 == 0) while (channel.Reader.TryRead(out _)) { }
            }
        }, 200) / (200.0 * results.Count);

        // The writer, fed as the site feeds it: the mix's searches in batches of a given size, all of this hour. The site's
        // writer gathers a batch for 5 s (NeedsWatchOptions.FlushInterval), 2,000 searches at 400 requests/s; 500 was the
        // batch of the first version. "All distinct" gives every search its own text and number of results: nothing to
        // group, the worst case.
        var hour = SearchEvent.HourOf(DateTimeOffset.UtcNow);
        var feed = Enumerable.Range(0, 12_000).Select(i => results[i % results.Count]).ToList();
        SearchEvent Event((SearchQuery Query, SearchResult Result) x, int i, bool distinct) =>
            new(hour, x.Query.Lang, x.Result.MatchedNeeds, x.Result.AskedPlace ?? SearchEvent.Unspecified,
                distinct ? i : x.Result.Total, x.Result.OnlyElsewhere, false,
                QueryTextNormaliser.Normalise(distinct ? x.Query.Text + " " + i : x.Query.Text));
        double Writer(int batchSize, bool distinct)
        {
            using var store = new SqliteNeedsWatchStore(Path.Combine(data, $"needs-watch-{batchSize}-{distinct}.db"));
            store.Append([Event(feed[0], -1, distinct)]); // schema and statements warm
            var batches = feed.Select((x, i) => Event(x, i, distinct)).Chunk(batchSize).ToList();
            var cpu = Cpu(() => { foreach (var b in batches) store.Append(b); }, 1) / feed.Count;
            return cpu;
        }
        var writes = new[] { (500, false), (2_000, false), (10_000, false), (500, true), (2_000, true) }
            .Select(w => (Batch: w.Item1, Distinct: w.Item2, Cpu: Writer(w.Item1, w.Item2))).ToList();

        var normalise = Cpu(() => { foreach (var (q, _) in results) QueryTextNormaliser.Normalise(q.Text); }, 20) / (20.0 * results.Count);
        Console.WriteLine($"listings: {content.Organisations.Count}, queries in the mix: {mix.Count}");
        Console.WriteLine($"search (CPU per query):                         {search * 1000:0.0} µs");
        Console.WriteLine($"recording on the request path (CPU per search): {record * 1000:0.000} µs ({record / search:P2} of a search)");
        Console.WriteLine($"text normalisation (writer, CPU per search):    {normalise * 1000:0.0} µs");
        foreach (var w in writes)
            Console.WriteLine($"background writer, batches of {w.Batch,6:N0}{(w.Distinct ? ", all distinct" : ", the mix     ")}: {w.Cpu * 1000,6:0.0} µs per search ({w.Cpu / search:P2} of a search)");
        try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        return 0;
    }

    // Process CPU time (ms) of running the action this many times.
    private static double Cpu(Action action, int times)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.TotalProcessorTime;
        for (var i = 0; i < times; i++) action();
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMilliseconds;
    }
}
