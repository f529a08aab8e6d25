using Repertoire.Core.Content;
using Repertoire.Tests;

namespace Repertoire.Core.Tests.Content;

/// <summary>Each kind of broken file is reported with its path, line and field, and the other files still load.</summary>
public sealed class ContentValidationTests : IDisposable
{
    private readonly string _content = TestPaths.CopyToTemp(TestPaths.FixtureContent);

    public void Dispose() => Directory.Delete(_content, recursive: true);

    private void Write(string relative, string text) => File.WriteAllText(Path.Combine(_content, relative), text);

    private ContentProblem SingleError()
    {
        var set = ContentLoader.Load(_content);
        return Assert.Single(set.Problems, p => p.Severity == ProblemSeverity.Error);
    }

    [Fact]
    public void BadYamlIsReportedWithItsLine()
    {
        Write("organisations/broken.md", "---\nname:\n  fr: Broken\nneeds: [aide-alimentaire\n---\n# fr\nx\n");

        var problem = SingleError();

        Assert.Equal("organisations/broken.md", problem.Path);
        Assert.Contains("invalid YAML", problem.Message);
        Assert.InRange(problem.Line!.Value, 4, 5);
    }

    [Fact]
    public void UnknownNeedNamesTheFieldAndLine()
    {
        Write("organisations/bad-need.md", "---\nname:\n  fr: Bad need\nneeds: [aide-inexistante]\n---\n");

        var problem = SingleError();

        Assert.Equal("organisations/bad-need.md:4: needs: unknown need 'aide-inexistante'", problem.ToString());
    }

    [Theory]
    [InlineData("sectors: [inconnu]", "sectors", "unknown sector 'inconnu'")]
    [InlineData("site: { commune: atlantis }", "site.commune", "unknown commune 'atlantis'")]
    [InlineData("site: { commune: jette, basin: sud }", "site.basin", "commune 'jette' does not lie in basin 'sud'")]
    [InlineData("site: { commune: bruxelles }", "site.basin", "required: commune 'bruxelles' lies in several basins")]
    [InlineData("site: { commune: jette, quartier: nowhere }", "site.quartier", "unknown quartier 'nowhere'")]
    [InlineData("updated: 28/08/20", "updated", "expected a date as YYYY-MM-DD")]
    [InlineData("area_served: [mars]", "area_served", "unknown commune, basin or region 'mars'")]
    public void InvalidFieldIsAnError(string line, string field, string message)
    {
        Write("organisations/invalid.md", $"---\nname:\n  fr: Invalid\n{line}\n---\n");

        var problem = SingleError();

        Assert.Equal("organisations/invalid.md", problem.Path);
        Assert.Equal(field, problem.Field);
        Assert.Contains(message, problem.Message);
        Assert.Equal(4, problem.Line);
    }

    [Fact]
    public void ListingWithoutNameIsAnError()
    {
        Write("organisations/nameless.md", "---\nneeds: [aide-alimentaire]\n---\n# fr\nSans nom.\n");

        var problem = SingleError();

        Assert.Equal("name", problem.Field);
    }

    [Fact]
    public void FileWithoutFrontMatterIsAnError()
    {
        Write("organisations/plain.md", "# fr\nJuste du texte.\n");

        Assert.Contains("missing front matter", SingleError().Message);
    }

    [Fact]
    public void DuplicateIdInAnotherFolderIsAnError()
    {
        Directory.CreateDirectory(Path.Combine(_content, "organisations", "archive"));
        File.Copy(Path.Combine(_content, "organisations", "infirmiers-test-jette.md"),
            Path.Combine(_content, "organisations", "archive", "infirmiers-test-jette.md"));

        var problem = SingleError();

        Assert.Equal("organisations/infirmiers-test-jette.md", problem.Path);
        Assert.Contains("duplicate id", problem.Message);
    }

    [Fact]
    public void InvalidFileNameIsAnError()
    {
        Write("organisations/Not Valid.md", "---\nname:\n  fr: X\n---\n");

        Assert.Equal("id", SingleError().Field);
    }

    [Fact]
    public void BrokenFilesNeverStopTheOthers()
    {
        Write("organisations/broken.md", "---\nname: [unclosed\n---\n");
        Write("organisations/bad-need.md", "---\nname:\n  fr: Bad need\nneeds: [aide-inexistante]\n---\n");
        Write("organisations/nameless.md", "---\nphones: [\"02 000 00 00\"]\n---\n");

        var set = ContentLoader.Load(_content);

        Assert.Equal(3, set.Problems.Count(p => p.Severity == ProblemSeverity.Error));
        Assert.Equal(["centre-test-bruxelles", "epicerie-test-schaerbeek", "infirmiers-test-jette"], set.Organisations.Select(o => o.Id));
    }

    [Fact]
    public void UnknownParentNeedDropsOnlyThatNeed()
    {
        File.AppendAllText(Path.Combine(_content, "taxonomy", "needs.yml"), "- id: orpheline\n  parent: inexistant\n  fr: Orpheline\n");

        var set = ContentLoader.Load(_content);

        var problem = Assert.Single(set.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal("taxonomy/needs.yml", problem.Path);
        Assert.Equal("parent", problem.Field);
        Assert.Null(set.Taxonomy.Need("orpheline"));
        Assert.Equal(3, set.Organisations.Count);
    }

    [Fact]
    public void BrokenTerritoryIsReportedWithItsLine()
    {
        Write("territory.yml", "basins:\n  - id: nord\n    fr: Nord\n  - id: Nord Est\n    fr: x\n");

        var set = ContentLoader.Load(_content);

        var problem = set.Problems.First(p => p.Path == "territory.yml");
        Assert.Equal(4, problem.Line);
        Assert.Equal("basins.id", problem.Field);
    }

    [Fact]
    public void DuplicateTaxonomyIdIsAnError()
    {
        File.AppendAllText(Path.Combine(_content, "taxonomy", "sectors.yml"), "- id: sante\n  fr: Encore\n");

        var problem = SingleError();

        Assert.Equal("taxonomy/sectors.yml", problem.Path);
        Assert.Contains("duplicate id 'sante'", problem.Message);
        Assert.Equal(10, problem.Line);
    }

    [Fact]
    public void ExtraFieldsOfSitesAndTerritoryAreKept()
    {
        Write("organisations/extra.md", "---\nname:\n  fr: Extra\nsite:\n  commune: jette\n  floor: 2\n---\n");
        File.AppendAllText(Path.Combine(_content, "territory.yml"), "region:\n  nis: \"04000\"\n");

        var set = ContentLoader.Load(_content);

        Assert.Equal("2", set.Find("extra")!.Site.Extra["floor"]);
        Assert.Contains(set.Problems, p => p.Field == "site.floor" && p.Severity == ProblemSeverity.Warning);
        Assert.True(set.Territory.Extra.ContainsKey("region"));
    }

    [Fact]
    public void UnsafeLinkInADescriptionIsAWarning()
    {
        Write("organisations/hostile.md", "---\nname:\n  fr: Hostile\n---\n# fr\n[clic](JaVaScRiPt:alert(1))\n\n# nl\n[klik](https://example.be)\n");

        var set = ContentLoader.Load(_content);

        var problem = Assert.Single(set.Problems, p => p.Path.EndsWith("hostile.md", StringComparison.Ordinal));
        Assert.Equal("description.fr", problem.Field);
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Contains("JaVaScRiPt:alert(1)", problem.Message);
        Assert.NotNull(set.Find("hostile"));
    }
}
