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
/// background writer's share per search (text normalisation and SQLite batches of 500). CPU time is the process's,
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

        using var store = new SqliteNeedsWatchStore(SqliteNeedsWatchStore.PathIn(data));
        var events = 0;
        var write = Cpu(() =>
        {
            foreach (var chunk in results.Chunk(500))
            {
                store.Append(chunk.Select(x => new SearchEvent(SearchEvent.HourOf(DateTimeOffset.UtcNow), x.Query.Lang, x.Result.MatchedNeeds,
                    x.Result.AskedPlace ?? SearchEvent.Unspecified, x.Result.Total, x.Result.OnlyElsewhere, false,
                    QueryTextNormaliser.Normalise(x.Query.Text))).ToList());
                events += chunk.Length;
            }
        }, 20) / (20.0 * results.Count);

        var normalise = Cpu(() => { foreach (var (q, _) in results) QueryTextNormaliser.Normalise(q.Text); }, 20) / (20.0 * results.Count);
        Console.WriteLine($"listings: {content.Organisations.Count}, queries in the mix: {mix.Count}");
        Console.WriteLine($"search (CPU per query):                         {search * 1000:0.0} µs");
        Console.WriteLine($"recording on the request path (CPU per search): {record * 1000:0.000} µs ({record / search:P2} of a search)");
        Console.WriteLine($"background writer (CPU per search):             {write * 1000:0.0} µs ({write / search:P1} of a search)");
        Console.WriteLine($"  of which text normalisation:                  {normalise * 1000:0.0} µs");
        Console.WriteLine($"together:                                       {(record + write) / search:P1} of a search's CPU time");
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
