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
            var summary = new StringWriter();

            var code = ValidateCommand.Run(content, output, summary);

            Assert.Equal(1, code);
            var errors = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.Contains("warning:")).ToList();
            Assert.Equal(3, errors.Count);
            Assert.Contains(errors, l => l.StartsWith("organisations/bad-yaml.md:4: -: invalid YAML", StringComparison.Ordinal)
                || l.StartsWith("organisations/bad-yaml.md:3: -: invalid YAML", StringComparison.Ordinal));
            Assert.Contains("organisations/bad-commune.md:5: site.commune: unknown commune 'atlantis'", errors);
            Assert.Contains("organisations/no-name.md:2: name: a name is required in at least one language", errors);
            Assert.Contains("3 listings served", summary.ToString());
        }
        finally
        {
            Directory.Delete(content, recursive: true);
        }
    }
}
