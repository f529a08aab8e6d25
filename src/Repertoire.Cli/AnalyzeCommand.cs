using System.CommandLine;
using System.Text;
using Repertoire.Core.Analysis;
using Repertoire.Core.Analysis.Fr;
using Repertoire.Core.Analysis.Nl;

namespace Repertoire.Cli;

/// <summary>
/// <c>repertoire analyze --lang fr|nl</c>: for each line of standard input, the terms the index stores for it,
/// separated by single spaces (an empty line when there is none).
/// </summary>
internal static class AnalyzeCommand
{
    /// <summary>Creates the command; tests pass their own reader and writer in place of the console.</summary>
    public static Command Create(TextReader? input = null, TextWriter? output = null)
    {
        var lang = new Option<string>("--lang") { Description = "fr or nl", Required = true };
        lang.AcceptOnlyFromAmong("fr", "nl");
        var command = new Command("analyze", "Writes the index terms of each line read on standard input.");
        command.Options.Add(lang);
        command.SetAction(parseResult =>
        {
            Lucene.Net.Analysis.Analyzer analyzer = parseResult.GetRequiredValue(lang) == "nl" ? new DutchAnalyzer() : new FrenchAnalyzer();
            return Run(analyzer, input, output);
        });
        return command;
    }

    private static int Run(Lucene.Net.Analysis.Analyzer analyzer, TextReader? input, TextWriter? output)
    {
        var reader = input ?? new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
        var writer = output ?? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
        try
        {
            while (reader.ReadLine() is { } line)
            {
                var first = true;
                foreach (var term in analyzer.Terms(line))
                {
                    if (!first) writer.Write(' ');
                    writer.Write(term);
                    first = false;
                }
                writer.Write('\n');
            }
        }
        finally
        {
            writer.Flush();
            if (output is null) writer.Dispose();
        }
        return 0;
    }
}
