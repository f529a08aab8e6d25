using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Repertoire.Core.Content;
using Repertoire.Core.Index;

namespace Repertoire.Benchmarks.Index;

/// <summary>
/// The search engine on the synthetic corpus: one whole query mix (240 queries with facets and snippets), and a
/// full index build. Percentiles per query come from <see cref="SearchLatencyHarness"/>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class SearchBenchmarks
{
    private ContentSet _content = null!;
    private Searcher _searcher = null!;
    private List<SearchQuery> _queries = [];
    private string _dataPath = "";

    [Params(10_000, 50_000)]
    public int Listings { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = Path.Combine(Path.GetTempPath(), "repertoire-bench");
        var contentPath = Path.Combine(root, $"content-{Listings}");
        if (!Directory.Exists(contentPath)) SyntheticCorpus.Write(contentPath, Listings);
        _dataPath = Path.Combine(root, $"bdn-data-{Listings}");
        _content = ContentLoader.Load(contentPath);
        _searcher = SearchIndex.OpenOrBuild(_content, _dataPath);
        _queries = QueryMix.Create(_content);
    }

    [GlobalCleanup]
    public void Cleanup() => _searcher.Dispose();

    /// <summary>All the queries of the mix, one after the other.</summary>
    [Benchmark(OperationsPerInvoke = 240)]
    public int SearchQueryMix()
    {
        var total = 0;
        foreach (var query in _queries) total += _searcher.Search(query).Total;
        return total;
    }

    /// <summary>A full build of the Lucene index (analysis, postings, facets, vocabulary) and opening it.</summary>
    [Benchmark]
    public int BuildIndex()
    {
        using var searcher = SearchIndex.OpenOrBuild(_content, _dataPath, rebuild: true);
        return searcher.VocabularySize;
    }
}
