using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Repertoire.Benchmarks.Analysis;

/// <summary>Words per second of one benchmark call: the corpus's word count divided by the mean time.</summary>
internal sealed class WordsPerSecondColumn : IColumn
{
    public string Id => nameof(WordsPerSecondColumn);
    public string ColumnName => "Words/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Words analysed per second on one thread (corpus words / mean time)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics)
            return "NA";
        var lang = (string)benchmarkCase.Parameters["Lang"];
        var words = benchmarkCase.Descriptor.WorkloadMethod.Name.StartsWith("Stem", StringComparison.Ordinal)
            ? AnalyzerBenchmarks.StemWords(lang).Length
            : ListingCorpus.WordCount(lang);
        return (words / (statistics.Mean / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}
