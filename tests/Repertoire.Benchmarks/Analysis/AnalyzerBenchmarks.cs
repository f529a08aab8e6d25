using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Repertoire.Core.Analysis;
using Repertoire.Core.Analysis.Fr;
using Repertoire.Core.Analysis.Nl;

namespace Repertoire.Benchmarks.Analysis;

/// <summary>
/// Throughput of the French and Dutch analyzers over real-shaped listing text (see <see cref="ListingCorpus"/>),
/// and of the bare stemmers over the Snowball vocabularies; one thread, so the figures are per core.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class AnalyzerBenchmarks
{
    private Analyzer _analyzer = null!;
    private IReadOnlyList<string> _texts = null!;
    private string[] _words = null!;
    private Func<string, string> _stem = null!;

    [Params("fr", "nl")]
    public string Lang { get; set; } = "fr";

    [GlobalSetup]
    public void Setup()
    {
        _analyzer = Lang == "nl" ? new DutchAnalyzer() : new FrenchAnalyzer();
        _texts = ListingCorpus.Texts(Lang);
        _words = StemWords(Lang);
        _stem = Lang == "nl" ? DutchStemmer.Instance.Stem : FrenchStemmer.Instance.Stem;
    }

    /// <summary>Analyzes every listing text once; returns the number of terms so nothing is optimised away.</summary>
    [Benchmark]
    public int Analyze()
    {
        var terms = 0;
        foreach (var text in _texts)
        {
            var stream = _analyzer.TokenStream(text);
            while (stream.TryNext(out _))
                terms++;
        }
        return terms;
    }

    /// <summary>Stems every word of the Snowball vocabulary once.</summary>
    [Benchmark]
    public int Stem()
    {
        var length = 0;
        foreach (var word in _words)
            length += _stem(word).Length;
        return length;
    }

    internal static string[] StemWords(string lang)
    {
        var root = Repertoire.Tests.TestPaths.TestData;
        return File.ReadAllLines(Path.Combine(root, "snowball", lang == "nl" ? "dutch_porter_voc.txt" : "french_voc.txt"));
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new WordsPerSecondColumn());
    }
}
