using System.CommandLine;
using System.Text;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Repertoire.Cli;

/// <summary>
/// <c>repertoire stem --lang fr|nl</c>: one word per line on standard input, its Snowball stem per line on
/// standard output, exactly as Lucene's Snowball stemmers (the ones the analyzers use) define it (no folding, no
/// stop list). With <c>--check VOCABULARY EXPECTED</c> it stems a Snowball vocabulary file and counts the stems that
/// agree with the expected output file instead.
/// </summary>
internal static class StemCommand
{
    private const string Usage =
        "Usage: repertoire stem --lang fr|nl < words.txt          (one word per line in, its stem per line out)\n" +
        "       repertoire stem --lang fr|nl --check VOCABULARY EXPECTED   (how many stems agree with Snowball's)";

    /// <summary>Creates the command; tests pass their own reader and writer in place of the console, and say
    /// whether that reader is a terminal (nothing piped in).</summary>
    public static Command Create(TextReader? input = null, TextWriter? output = null, bool? inputIsTerminal = null)
    {
        var lang = new Option<string>("--lang") { Description = "fr or nl", Required = true };
        lang.AcceptOnlyFromAmong("fr", "nl");
        var check = new Option<string[]>("--check")
        {
            Description = "VOCABULARY EXPECTED: Snowball's word list and its expected stems, line by line",
            Arity = new ArgumentArity(2, 2),
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("stem", "Writes the Snowball stem of each word read on standard input.") { lang, check };
        command.SetAction(parseResult =>
        {
            SnowballProgram stemmer = parseResult.GetRequiredValue(lang) == "nl" ? new DutchStemmer() : new FrenchStemmer();
            string Stem(string word)
            {
                stemmer.SetCurrent(word);
                stemmer.Stem();
                return stemmer.Current;
            }
            var writer = output ?? Console.Out;
            if (parseResult.GetValue(check) is [var vocabulary, var expected]) return Check(Stem, vocabulary, expected, writer);
            // Without a pipe, reading standard input would wait silently for typing: say how to use it instead.
            if (inputIsTerminal ?? (input is null && !Console.IsInputRedirected))
            {
                (output ?? Console.Error).WriteLine(Usage);
                return 2;
            }
            return Run(Stem, input, output);
        });
        return command;
    }

    private static int Check(Func<string, string> stem, string vocabularyPath, string expectedPath, TextWriter output)
    {
        foreach (var path in new[] { vocabularyPath, expectedPath })
            if (!File.Exists(path))
            {
                output.WriteLine($"No file at {path}.");
                return 2;
            }
        var words = File.ReadAllLines(vocabularyPath, Encoding.UTF8);
        var expected = File.ReadAllLines(expectedPath, Encoding.UTF8);
        if (words.Length != expected.Length)
        {
            output.WriteLine($"{vocabularyPath} has {words.Length} lines but {expectedPath} has {expected.Length}: they must pair line by line.");
            return 2;
        }
        var disagreements = Enumerable.Range(0, words.Length)
            .Select(i => (Word: words[i].Trim(), Expected: expected[i].Trim()))
            .Select(p => (p.Word, p.Expected, Actual: stem(p.Word)))
            .Where(p => p.Actual != p.Expected).ToList();
        var agree = words.Length - disagreements.Count;
        output.WriteLine($"{agree} of {words.Length} stems agree ({(words.Length == 0 ? 100 : 100.0 * agree / words.Length):0.##}%).");
        foreach (var (word, wanted, actual) in disagreements.Take(20))
            output.WriteLine($"  {word}: expected {wanted}, got {actual}");
        if (disagreements.Count > 20) output.WriteLine($"  ... and {disagreements.Count - 20} more.");
        return disagreements.Count == 0 ? 0 : 1;
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
