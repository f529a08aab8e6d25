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

    [Fact]
    public void CheckCountsTheStemsThatAgree()
    {
        var voc = SnowballData.SnowballFile("dutch_porter_voc.txt");
        var words = File.ReadAllLines(voc).Length;

        var (exitCode, output) = Invoke("", "stem", "--lang", "nl", "--check", voc, SnowballData.SnowballFile("dutch_porter_output.txt"));

        Assert.Equal(0, exitCode);
        Assert.StartsWith($"{words} of {words} stems agree (100%).", output);
    }

    // The same known differences as above: the check counts them and exits 1, naming the first ones.
    [Fact]
    public void CheckReportsLucenesKnownFrenchDifferences()
    {
        var voc = SnowballData.SnowballFile("french_voc.txt");
        var words = File.ReadAllLines(voc).Length;

        var (exitCode, output) = Invoke("", "stem", "--lang", "fr", "--check", voc, SnowballData.SnowballFile("french_output.txt"));

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"20736 of {words} stems agree (", output);
        Assert.Contains(": expected ", output);
    }

    [Fact]
    public void CheckNamesTheStemsThatDisagree()
    {
        var folder = Directory.CreateTempSubdirectory("stem-check").FullName;
        File.WriteAllText(Path.Combine(folder, "voc.txt"), "hôpitaux\nsanté\n");
        File.WriteAllText(Path.Combine(folder, "out.txt"), "hôpital\nsanté\n");

        var (exitCode, output) = Invoke("", "stem", "--lang", "fr", "--check", Path.Combine(folder, "voc.txt"), Path.Combine(folder, "out.txt"));

        Assert.Equal(1, exitCode);
        Assert.Equal("1 of 2 stems agree (50%).\n  santé: expected santé, got sant\n", output.ReplaceLineEndings("\n"));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void WithoutPipedInputItPrintsItsUsage()
    {
        var (exitCode, output) = Invoke("", terminal: true, "stem", "--lang", "fr");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("Usage: repertoire stem --lang fr|nl", output);
    }

    internal static (int ExitCode, string Output) Invoke(string input, params string[] args) => Invoke(input, terminal: false, args);

    internal static (int ExitCode, string Output) Invoke(string input, bool terminal, params string[] args)
    {
        using var reader = new StringReader(input);
        using var writer = new StringWriter();
        var root = new RootCommand { StemCommand.Create(reader, writer, terminal), AnalyzeCommand.Create(reader, writer) };
        var exitCode = root.Parse(args).Invoke(new InvocationConfiguration { Output = TextWriter.Null, Error = TextWriter.Null });
        return (exitCode, writer.ToString());
    }
}
