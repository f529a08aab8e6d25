using BenchmarkDotNet.Attributes;
using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Matching;

namespace Repertoire.Benchmarks.Alignment;

/// <summary>Aligning 5,000 Bruxelles-Social records with 5,000 Sociale Kaart records (synthetic, see
/// <see cref="SyntheticExports"/>): normalising, blocking, scoring, assignment. Target: under 10 s.
/// <c>dotnet run -c Release --project tests/Repertoire.Benchmarks -- --filter *AlignmentBenchmarks*</c></summary>
[MemoryDiagnoser]
public class AlignmentBenchmarks
{
    private IReadOnlyList<DirectoryRecord> _bruxellesSocial = [];
    private IReadOnlyList<DirectoryRecord> _socialeKaart = [];

    /// <summary>Records per export.</summary>
    [Params(5000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup() => (_bruxellesSocial, _socialeKaart) = SyntheticExports.Generate(Records);

    [Benchmark]
    public int Align() => new AlignmentMatcher().Align(_bruxellesSocial, _socialeKaart).Proposals.Count;
}
