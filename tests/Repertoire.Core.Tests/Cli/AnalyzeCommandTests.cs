namespace Repertoire.Core.Tests.Cli;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public void AnalyzeWritesTheTermsOfEachLineAndAnEmptyLineForNone()
    {
        var (exitCode, output) = StemCommandTests.Invoke("Santé mentale\nle la les\nL'hôpital\n", "analyze", "--lang", "fr");
        Assert.Equal(0, exitCode);
        Assert.Equal("sant mental\n\nhopital\n", output);
    }

    [Fact]
    public void AnalyzeInDutchWritesCompoundsWithTheirParts()
    {
        var (_, output) = StemCommandTests.Invoke("schuldbemiddeling\nbemiddeling bij schulden\n", "analyze", "--lang", "nl");
        Assert.Equal("schuldbemiddel schuld bemiddel\nbemiddel schuld\n", output);
    }
}
