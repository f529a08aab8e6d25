using System.CommandLine;
using Repertoire.Cli;

namespace Repertoire.Core.Tests.Cli;

public sealed class StemCommandTests
{
    [Theory]
    [InlineData("fr", "french_voc.txt", "french_output.txt")]
    [InlineData("nl", "dutch_porter_voc.txt", "dutch_porter_output.txt")]
    public void StemCommandReproducesTheSnowballOutputForTheWholeVocabulary(string lang, string voc, string output)
    {
        var input = File.ReadAllText(SnowballData.SnowballFile(voc));
        var expected = File.ReadAllText(SnowballData.SnowballFile(output));

        var (exitCode, actual) = Invoke(input, "stem", "--lang", lang);

        Assert.Equal(0, exitCode);
        var actualLines = actual.Split('\n');
        var expectedLines = expected.Split('\n');
        Assert.Equal(expectedLines.Length, actualLines.Length);
        for (var i = 0; i < expectedLines.Length; i++)
            Assert.True(expectedLines[i] == actualLines[i], $"line {i + 1}: expected {expectedLines[i]}, got {actualLines[i]}");
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
