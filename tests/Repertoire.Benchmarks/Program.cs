using Repertoire.Benchmarks.Index;

// Timed harnesses that report percentiles run outside BenchmarkDotNet; everything else goes to its switcher.
if (args is ["search-latency", .. var latency]) return SearchLatencyHarness.Run(latency);
if (args is ["generate-corpus", .. var corpus]) return SearchLatencyHarness.Generate(corpus);
if (args is ["wrk-script", .. var wrk]) return SearchLatencyHarness.WrkScript(wrk);
if (args is ["generate-import-exports", .. var exports]) return Repertoire.Benchmarks.DirectoryImport.SyntheticDirectoryExports.Generate(exports);
if (args is ["recording-cost", .. var recording]) return Repertoire.Benchmarks.NeedsWatch.RecordingCostHarness.Run(recording);
BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
