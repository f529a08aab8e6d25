using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Repertoire.Benchmarks.Analysis;

/// <summary>
/// Throughput of the French and Dutch analyzers over real-shaped listing text (see <see cref="ListingCorpus"/>),
/// and of Lucene's bare Snowball stemmers over the Snowball vocabularies; one thread, so the figures are per core.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class AnalyzerBenchmarks
{
    private Analyzer _analyzer = null!;
    private IReadOnlyList<string> _texts = null!;
    private string[] _words = null!;
    private SnowballProgram _stemmer = null!;

    [Params("fr", "nl")]
    public string Lang { get; set; } = "fr";

    [GlobalSetup]
    public void Setup()
    {
        _analyzer = Lang == "nl" ? new Repertoire.Core.Analysis.Nl.DutchAnalyzer() : new Repertoire.Core.Analysis.Fr.FrenchAnalyzer();
        _texts = ListingCorpus.Texts(Lang);
        _words = StemWords(Lang);
        _stemmer = Lang == "nl" ? new DutchStemmer() : new FrenchStemmer();
    }

    /// <summary>Analyzes every listing text once; returns the number of terms so nothing is optimised away.</summary>
    [Benchmark]
    public int Analyze()
    {
        var terms = 0;
        foreach (var text in _texts)
        {
            using var stream = _analyzer.GetTokenStream("text", text);
            stream.Reset();
            while (stream.IncrementToken())
                terms++;
            stream.End();
        }
        return terms;
    }

    /// <summary>Stems every word of the Snowball vocabulary once.</summary>
    [Benchmark]
    public int Stem()
    {
        var length = 0;
        foreach (var word in _words)
        {
            _stemmer.SetCurrent(word);
            _stemmer.Stem();
            length += _stemmer.Current.Length;
        }
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
