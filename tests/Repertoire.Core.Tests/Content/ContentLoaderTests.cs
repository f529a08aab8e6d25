using Repertoire.Core.Content;
using Repertoire.Core.Records;
using Repertoire.Tests;

namespace Repertoire.Core.Tests.Content;

public sealed class ContentLoaderTests
{
    [Fact]
    public void FixtureLoadsWithoutErrors()
    {
        var set = ContentLoader.Load(TestPaths.FixtureContent);

        Assert.False(set.HasErrors, string.Join("\n", set.Problems));
        Assert.Equal(3, set.Organisations.Count);
        Assert.Equal(5, set.Territory.Basins.Count);
        Assert.Equal(4, set.Taxonomy.Needs.Count);
    }

    [Fact]
    public void ListingKeepsEveryFieldOfTheFormat()
    {
        var set = ContentLoader.Load(TestPaths.FixtureContent);
        var o = set.Find("epicerie-test-schaerbeek")!;

        Assert.Equal("Épicerie sociale de test", o.Name.Fr);
        Assert.Equal("Sociale kruidenier (test)", o.Name.Nl);
        Assert.Equal(["EST"], o.AltNames.Fr);
        Assert.Equal(["aide-alimentaire"], o.Needs);
        Assert.Equal("Teststraat", o.Site.Street.Nl);
        Assert.Equal("nord-est", o.Site.Basin);
        Assert.Equal("nord-est-brabant", o.Site.Quartier);
        Assert.Equal(["02/000.00.01"], o.Phones);
        Assert.Equal(new NodaTime.LocalDate(2026, 9, 1), o.Verified?.Date);
        Assert.Equal("99001", o.External.BruxellesSocial);
        Assert.Null(o.External.SocialeKaart);
        Assert.StartsWith("Colis **alimentaires**", o.Description.Fr);
        Assert.StartsWith("Voedselpakketten", o.Description.Nl);
    }

    [Fact]
    public void SingleBasinCommuneGivesItsBasinToTheSite()
    {
        var set = ContentLoader.Load(TestPaths.FixtureContent);

        Assert.Equal("nord", set.Find("infirmiers-test-jette")!.Site.Basin);
    }

    [Fact]
    public void AreaServedDefaultsToTheSiteCommune()
    {
        var set = ContentLoader.Load(TestPaths.FixtureContent);

        Assert.Equal(["jette"], set.Find("infirmiers-test-jette")!.AreaServed);
        Assert.Equal(["region"], set.Find("centre-test-bruxelles")!.AreaServed);
    }

    [Fact]
    public void ListingKnownInOneLanguageFallsBackToIt()
    {
        var set = ContentLoader.Load(TestPaths.FixtureContent);
        var o = set.Find("infirmiers-test-jette")!;

        Assert.Null(o.Name.In(Language.Fr));
        Assert.Equal("Thuisverpleging Test Jette", o.DisplayName(Language.Fr));
        Assert.True(o.Description.IsFallback(Language.Fr));
    }

    [Fact]
    public void UnknownFieldIsKeptWithAWarning()
    {
        var set = ContentLoader.Load(TestPaths.FixtureContent);

        Assert.Equal("kept", set.Find("centre-test-bruxelles")!.Extra["custom_field"]);
        var warning = Assert.Single(set.Problems, p => p.Field == "custom_field");
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Equal("organisations/centre-test-bruxelles.md", warning.Path);
        Assert.Equal(14, warning.Line);
    }

    [Fact]
    public void NeedTreeGivesDescendantsAndAncestors()
    {
        var taxonomy = ContentLoader.Load(TestPaths.FixtureContent).Taxonomy;

        Assert.Equal(["aide-materielle", "aide-alimentaire"], taxonomy.SelfAndDescendants("aide-materielle"));
        Assert.Equal(["aide-alimentaire", "aide-materielle"], taxonomy.SelfAndAncestors("aide-alimentaire"));
        Assert.NotNull(taxonomy.Need("soins-infirmiers-domicile")!.Note.Nl);
    }

    [Fact]
    public void MissingFolderIsAProblemNotAnException()
    {
        var set = ContentLoader.Load(Path.Combine(Path.GetTempPath(), "no-such-content-" + Guid.NewGuid()));

        Assert.True(set.HasErrors);
        Assert.Empty(set.Organisations);
    }
}
