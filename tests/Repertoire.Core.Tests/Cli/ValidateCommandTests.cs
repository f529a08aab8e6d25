using Repertoire.Cli;
using Repertoire.Tests;

namespace Repertoire.Core.Tests.Cli;

public sealed class ValidateCommandTests
{
    [Fact]
    public void ValidFolderExitsZero()
    {
        var output = new StringWriter();

        var code = ValidateCommand.Run(TestPaths.FixtureContent, output, new StringWriter());

        Assert.Equal(0, code);
    }

    [Fact]
    public void ThreeBrokenFilesAreListedWithPathAndLineAndExitOne()
    {
        var content = TestPaths.CopyToTemp(TestPaths.FixtureContent);
        try
        {
            var organisations = Path.Combine(content, "organisations");
            File.WriteAllText(Path.Combine(organisations, "bad-yaml.md"), "---\nname:\n  fr: [oops\n---\n");
            File.WriteAllText(Path.Combine(organisations, "bad-commune.md"), "---\nname:\n  fr: X\nsite:\n  commune: atlantis\n---\n");
            File.WriteAllText(Path.Combine(organisations, "no-name.md"), "---\nneeds: [aide-alimentaire]\n---\n");
            var output = new StringWriter();
            var error = new StringWriter();

            var code = ValidateCommand.Run(content, output, error);

            Assert.Equal(1, code);
            var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            // Problems first, the summary last, on one stream.
            Assert.Contains("3 listings served", lines[^1]);
            Assert.Empty(error.ToString());
            var errors = lines[..^1].Where(l => !l.Contains("warning:")).ToList();
            Assert.Equal(3, errors.Count);
            Assert.Contains(errors, l => l.StartsWith("organisations/bad-yaml.md:4: -: invalid YAML", StringComparison.Ordinal)
                || l.StartsWith("organisations/bad-yaml.md:3: -: invalid YAML", StringComparison.Ordinal));
            Assert.Contains("organisations/bad-commune.md:5: site.commune: unknown commune 'atlantis'", errors);
            Assert.Contains("organisations/no-name.md:2: name: a name is required in at least one language", errors);
        }
        finally
        {
            Directory.Delete(content, recursive: true);
        }
    }

    [Fact]
    public void MissingFolderIsOneClearError()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var code = ValidateCommand.Run(Path.Combine(Path.GetTempPath(), "no-such-content-" + Guid.NewGuid().ToString("n")), output, error);

        Assert.Equal(2, code);
        Assert.Empty(output.ToString());
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("No content folder at ", line);
    }

    [Fact]
    public void BundledContentHasNoError()
    {
        var output = new StringWriter();

        var code = ValidateCommand.Run(TestPaths.BundledContent, output, new StringWriter());

        Assert.Equal(0, code);
        Assert.StartsWith("0 errors in 0 files", output.ToString().Trim().Split("; ")[^1]);
    }

    // Every field the bundled files use is one the content format documents, and no hours are left as free text to
    // structure: hours a source does not give fully (days missing, seasonal, dated) are written as a note on purpose.
    [Fact]
    public void BundledContentHasNoWarning()
    {
        var output = new StringWriter();

        ValidateCommand.Run(TestPaths.BundledContent, output, new StringWriter());

        Assert.EndsWith("0 errors in 0 files, 0 warnings.", output.ToString().Trim());
    }
}
