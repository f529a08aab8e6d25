using System.CommandLine;
using Repertoire.Cli;

namespace Repertoire.Core.Tests.Cli;

public sealed class StemCommandTests
{
    [Fact]
    public void DutchStemCommandReproducesTheSnowballOutputForTheWholeVocabulary()
    {
        var (lines, expected) = Stem("nl", "dutch_porter_voc.txt", "dutch_porter_output.txt");
        for (var i = 0; i < expected.Length; i++)
            Assert.True(expected[i] == lines[i], $"line {i + 1}: expected {expected[i]}, got {lines[i]}");
    }

    // Lucene's French Snowball is older than the vocabulary's: it differs on words with ï/ë and a few suffixes.
    [Fact]
    public void FrenchStemCommandAgreesWithTheSnowballOutputOnAllButLucenesKnownDifferences()
    {
        var (lines, expected) = Stem("fr", "french_voc.txt", "french_output.txt");
        Assert.Equal(20736 + 1, Enumerable.Range(0, expected.Length).Count(i => expected[i] == lines[i]));
    }

    private static (string[] Lines, string[] Expected) Stem(string lang, string voc, string output)
    {
        var input = File.ReadAllText(SnowballData.SnowballFile(voc));
        var expected = File.ReadAllText(SnowballData.SnowballFile(output)).Split('\n');
        var (exitCode, actual) = Invoke(input, "stem", "--lang", lang);
        Assert.Equal(0, exitCode);
        var lines = actual.Split('\n');
        Assert.Equal(expected.Length, lines.Length);
        return (lines, expected);
    }

    [Fact]
    public void StemCommandNeitherFoldsNorDropsStopWords()
    {
        var (_, output) = Invoke("le\nhôpitaux\nsanté\n", "stem", "--lang", "fr");
        Assert.Equal("le\nhôpital\nsant\n", output);
    }

    [Fact]
    public void StemCommandRejectsAnUnknownLanguage()
    {
        var (exitCode, _) = Invoke("", "stem", "--lang", "de");
        Assert.NotEqual(0, exitCode);
    }

    internal static (int ExitCode, string Output) Invoke(string input, params string[] args)
    {
        using var reader = new StringReader(input);
        using var writer = new StringWriter();
        var root = new RootCommand { StemCommand.Create(reader, writer), AnalyzeCommand.Create(reader, writer) };
        var exitCode = root.Parse(args).Invoke(new InvocationConfiguration { Output = TextWriter.Null, Error = TextWriter.Null });
        return (exitCode, writer.ToString());
    }
}
