using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Repertoire.Core.Content;
using Repertoire.Core.Index;

namespace Repertoire.Benchmarks.Index;

/// <summary>
/// <c>search-latency [--listings N] [--rounds R] [--directory preloaded|niofs|mmap|ram] [--threads T]</c>: generates (once) the
/// synthetic corpus of N listings, times a full index build, then times every query of the mix (facets and
/// snippets included) on T threads (1 by default), R rounds after a warm-up round, and prints p50/p90/p99/max,
/// build time, the time for one listing edit to become searchable, index size and memory.
/// <c>generate-corpus N DIR</c> only writes the corpus.
/// </summary>
public static class SearchLatencyHarness
{
    public static int Run(string[] args)
    {
        var listings = Option(args, "--listings", 10_000);
        var rounds = Option(args, "--rounds", 5);
        var threads = Option(args, "--threads", 1);
        var root = Path.Combine(Path.GetTempPath(), "repertoire-bench");
        var contentPath = Path.Combine(root, $"content-{listings}");
        if (!Directory.Exists(contentPath)) SyntheticCorpus.Write(contentPath, listings);
        var dataPath = Path.Combine(root, $"lucene-data-{listings}");
        // --no-cache: every search creates its weights and matches its expansions again, as with the FTS5 engine's flag.
        ListingSearcher.Caching = !args.Contains("--no-cache");
        var directory = StringOption(args, "--directory", "preloaded");
        SearchIndex.DirectoryKind = directory switch
        {
            "mmap" => SearchIndex.DirectoryChoice.MMap,
            "ram" => SearchIndex.DirectoryChoice.Ram,
            "niofs" => SearchIndex.DirectoryChoice.NioFS,
            _ => SearchIndex.DirectoryChoice.Preloaded,
        };

        var clock = Stopwatch.StartNew();
        var content = ContentLoader.Load(contentPath);
        var loadMs = clock.ElapsedMilliseconds;
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        clock.Restart();
        using (SearchIndex.OpenOrBuild(content, dataPath, rebuild: true)) { }
        var buildMs = clock.ElapsedMilliseconds;
        clock.Restart();
        using var searcher = SearchIndex.OpenOrBuild(content, dataPath);
        var openMs = clock.ElapsedMilliseconds;

        // One listing edited: the time until the update is searchable (written by id, committed, refreshed).
        var edited = content.Organisations[content.Organisations.Count / 2] with { Description = new Repertoire.Core.Records.LocalizedText("Texte modifié zyxwvu.", null) };
        var changed = new ContentSet(content.Root, content.Territory, content.Taxonomy, content.Organisations.Select(o => o.Id == edited.Id ? edited : o).ToList(), content.Problems);
        clock.Restart();
        searcher.Apply(changed);
        var updateMs = clock.Elapsed.TotalMilliseconds;
        if (searcher.Search(new SearchQuery { Text = "zyxwvu" }).Total != 1) throw new InvalidOperationException("the edit is not searchable");
        searcher.Apply(content);

        // --query TEXT [--lang fr|nl]: that one query instead of the mix (to study a slow one).
        var queries = StringOption(args, "--query", "") is { Length: > 0 } only
            ? [new SearchQuery { Text = only, Lang = StringOption(args, "--lang", "fr") == "nl" ? Repertoire.Core.Records.Language.Nl : Repertoire.Core.Records.Language.Fr }]
            : QueryMix.Create(content);
        foreach (var query in queries) searcher.Search(query);
        var times = new List<double>(queries.Count * rounds * threads);
        var cpuTimes = new List<double>(queries.Count * rounds * threads);
        var slowest = new double[queries.Count];
        var hits = 0L;
        var wall = Stopwatch.StartNew();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            var own = new List<double>(queries.Count * rounds);
            var ownCpu = new List<double>(queries.Count * rounds);
            for (var r = 0; r < rounds; r++)
            {
                for (var q = 0; q < queries.Count; q++)
                {
                    var cpuStart = ThreadCpu.Now();
                    var start = Stopwatch.GetTimestamp();
                    Interlocked.Add(ref hits, searcher.Search(queries[q]).Total);
                    var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    own.Add(ms);
                    ownCpu.Add((ThreadCpu.Now() - cpuStart).TotalMilliseconds);
                    lock (slowest) slowest[q] = Math.Max(slowest[q], ms);
                }
            }
            lock (times)
            {
                times.AddRange(own);
                cpuTimes.AddRange(ownCpu);
            }
        });
        var wallMs = wall.Elapsed.TotalMilliseconds;
        GC.Collect();
        var managedMb = (GC.GetTotalMemory(forceFullCollection: true) - before) / 1048576.0;
        using var process = Process.GetCurrentProcess();
        times.Sort();
        cpuTimes.Sort();
        string P(double p) => times[Math.Min(times.Count - 1, (int)(p * times.Count))].ToString("0.000", CultureInfo.InvariantCulture);
        string C(double p) => cpuTimes[Math.Min(cpuTimes.Count - 1, (int)(p * cpuTimes.Count))].ToString("0.000", CultureInfo.InvariantCulture);
        var indexMb = new DirectoryInfo(searcher.Path).EnumerateFiles().Sum(f => f.Length) / 1048576.0;
        Console.WriteLine(FormattableString.Invariant(
            $"engine=lucene directory={directory} listings={content.Organisations.Count} words={searcher.VocabularySize} load={loadMs}ms build={buildMs}ms reopen={openMs}ms update_one={updateMs:0.0}ms index_folder={indexMb:0.0}MB"));
        Console.WriteLine(FormattableString.Invariant(
            $"threads={threads} queries={queries.Count} rounds={rounds} p50={P(0.50)}ms p90={P(0.90)}ms p99={P(0.99)}ms max={times[^1]:0.000}ms mean={times.Average():0.000}ms throughput={times.Count / wallMs * 1000:0}/s mean_total={hits / (double)times.Count:0}"));
        // The searching thread's own CPU time per query: on a shared machine, waiting for a core inflates wall times but
        // not this, so it compares builds measured minutes apart better than the wall-clock percentiles do.
        Console.WriteLine(FormattableString.Invariant(
            $"thread_cpu: p50={C(0.50)}ms p90={C(0.90)}ms p99={C(0.99)}ms mean={cpuTimes.Average():0.000}ms"));
        Console.WriteLine(FormattableString.Invariant(
            $"memory: managed_after_build_and_queries={managedMb:0.0}MB (index + content) working_set={process.WorkingSet64 / 1048576.0:0}MB peak_working_set={process.PeakWorkingSet64 / 1048576.0:0}MB"));
        foreach (var q in Enumerable.Range(0, queries.Count).OrderByDescending(q => slowest[q]).Take(Option(args, "--show-slowest", 0)))
            Console.WriteLine(FormattableString.Invariant($"  {slowest[q],8:0.000}ms [{queries[q].Lang}] \"{queries[q].Text}\" basins={string.Join(',', queries[q].Basins)}"));
        return 0;
    }

    public static int Generate(string[] args)
    {
        var listings = int.Parse(args[0], CultureInfo.InvariantCulture);
        SyntheticCorpus.Write(args[1], listings);
        Console.WriteLine($"{listings} listings written to {args[1]}");
        return 0;
    }

    /// <summary><c>wrk-script DIR OUT</c>: a wrk Lua script cycling through the query mix of a content folder as API URLs.</summary>
    public static int WrkScript(string[] args)
    {
        var content = ContentLoader.Load(args[0]);
        var lines = QueryMix.Create(content).Select(q =>
        {
            var url = $"/api/v1/search?lang={q.Lang.ToString().ToLowerInvariant()}&q={Uri.EscapeDataString(q.Text ?? "")}";
            foreach (var basin in q.Basins) url += "&basin=" + Uri.EscapeDataString(basin);
            foreach (var need in q.Needs) url += "&need=" + Uri.EscapeDataString(need);
            return $"  \"{url}\",";
        });
        File.WriteAllText(args[1], "-- Generated by: Repertoire.Benchmarks wrk-script; one request per query of the mix, in turn.\n"
            + "local paths = {\n" + string.Join("\n", lines) + "\n}\nlocal i = 0\n"
            + "request = function()\n  i = i % #paths + 1\n  return wrk.format(\"GET\", paths[i])\nend\n");
        return 0;
    }

    private static string StringOption(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}

/// <summary>The calling thread's CPU time (Linux and macOS <c>clock_gettime</c>; .NET exposes only the process's).</summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static TimeSpan Now() =>
        ClockGetTime(ClockThreadCpuTimeId, out var t) == 0 ? TimeSpan.FromTicks(t.Seconds * TimeSpan.TicksPerSecond + t.Nanoseconds / 100) : TimeSpan.Zero;
}
