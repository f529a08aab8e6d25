using System.CommandLine;
using System.Diagnostics;
using Repertoire.Core.Content;
using Repertoire.Core.Index;
using Spectre.Console;

namespace Repertoire.Cli;

/// <summary>
/// <c>repertoire index [--content DIR] [--data DIR]</c>: builds the search index of a content folder into the
/// data folder (always anew), with a progress bar on a terminal and plain lines otherwise.
/// </summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var data = CommonOptions.Data();
        var command = new Command("index", "Build the search index of a content folder.") { content, data };
        command.SetAction(result =>
        {
            var contentPath = ContentLocator.ResolveContentPath(result.GetValue(content));
            return Run(contentPath, ContentLocator.ResolveDataPath(result.GetValue(data), contentPath), Console.Out, Console.Error);
        });
        return command;
    }

    internal static int Run(string contentPath, string dataPath, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(contentPath))
        {
            error.WriteLine($"No content folder at {contentPath}.");
            return 1;
        }
        var clock = Stopwatch.StartNew();
        var set = ContentLoader.Load(contentPath);
        var total = set.Organisations.Count;
        Searcher searcher;
        if (!Console.IsOutputRedirected && ReferenceEquals(output, Console.Out))
        {
            searcher = null!;
            AnsiConsole.Progress().Start(context =>
            {
                var task = context.AddTask($"Indexing {total} listings", maxValue: Math.Max(1, total));
                searcher = SearchIndex.OpenOrBuild(set, dataPath, rebuild: true, new Progress<int>(n => task.Value = n));
                task.Value = task.MaxValue;
            });
        }
        else
        {
            output.WriteLine($"Indexing {total} listings from {contentPath}");
            var step = Math.Max(1, total / 10);
            var last = 0;
            searcher = SearchIndex.OpenOrBuild(set, dataPath, rebuild: true, new SyncProgress(n =>
            {
                // The builder reports the last batch and then the end: both are "total", said once.
                if (n == last || (n - last < step && n < total)) return;
                last = n;
                output.WriteLine($"  {n}/{total}");
            }));
        }
        using (searcher)
        {
            SearchIndex.RemoveOthers(dataPath, searcher.Path);
            output.WriteLine($"Index of {total} listings ({searcher.VocabularySize} words) written to {searcher.Path} in {clock.ElapsedMilliseconds} ms.");
        }
        return 0;
    }

    // Reports on the calling thread, in order (Progress<T> posts to the thread pool and may reorder).
    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        private readonly object _lock = new();

        public void Report(int value)
        {
            lock (_lock) report(value);
        }
    }
}
