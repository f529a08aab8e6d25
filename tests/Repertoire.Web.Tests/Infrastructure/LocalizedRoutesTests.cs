using Repertoire.Core.Records;
using Repertoire.Tests;
using Repertoire.Web.Infrastructure;

namespace Repertoire.Web.Tests.Infrastructure;

public sealed class LocalizedRoutesTests
{
    [Fact]
    public void ListingPathIsLocalizedAndEscaped()
    {
        Assert.Equal("/fr/organisations/cass-schaerbeek", LocalizedRoutes.ListingPath("cass-schaerbeek", Language.Fr));
        Assert.Equal("/nl/organisaties/cass-schaerbeek", LocalizedRoutes.ListingPath("cass-schaerbeek", Language.Nl));
        Assert.Equal("/fr/organisations/a%2Fb%20c", LocalizedRoutes.ListingPath("a/b c", Language.Fr));
    }

    [Fact]
    public void NoOtherSourceFileSpellsTheListingPaths()
    {
        // One URL builder: a second copy of "organisaties/" drifts the day the route table changes.
        var sources = Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f) != "LocalizedRoutes.cs");
        var offenders = sources.Where(f => File.ReadAllText(f) is var text
            && new[] { "\"/nl/organisaties", "\"/fr/organisations/", "organisaties/\"", "\"organisaties\"", "/organisations/{id}\"" }
                .Any(spelling => text.Contains(spelling, StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(TestPaths.RepositoryRoot, f)).ToList();
        Assert.Empty(offenders);
    }
}
