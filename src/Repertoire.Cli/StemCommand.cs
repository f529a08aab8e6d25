using System.CommandLine;
using System.Text;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Repertoire.Cli;

/// <summary>
/// <c>repertoire stem --lang fr|nl</c>: one word per line on standard input, its Snowball stem per line on
/// standard output, exactly as Lucene's Snowball stemmers (the ones the analyzers use) define it (no folding, no
/// stop list).
/// </summary>
internal static class StemCommand
{
    /// <summary>Creates the command; tests pass their own reader and writer in place of the console.</summary>
    public static Command Create(TextReader? input = null, TextWriter? output = null)
    {
        var lang = new Option<string>("--lang") { Description = "fr or nl", Required = true };
        lang.AcceptOnlyFromAmong("fr", "nl");
        var command = new Command("stem", "Writes the Snowball stem of each word read on standard input.");
        command.Options.Add(lang);
        command.SetAction(parseResult =>
        {
            SnowballProgram stemmer = parseResult.GetRequiredValue(lang) == "nl" ? new DutchStemmer() : new FrenchStemmer();
            return Run(word =>
            {
                stemmer.SetCurrent(word);
                stemmer.Stem();
                return stemmer.Current;
            }, input, output);
        });
        return command;
    }

    private static int Run(Func<string, string> stem, TextReader? input, TextWriter? output)
    {
        var reader = input ?? new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
        var writer = output ?? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
        try
        {
            while (reader.ReadLine() is { } line)
            {
                writer.Write(stem(line.Trim()));
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
