using Repertoire.Core.Records;
using Repertoire.Web.Localization;

namespace Repertoire.Web.Tests.Localization;

public sealed class UiTextTests
{
    [Fact]
    public void FrenchAndDutchTablesHaveTheSameKeys()
    {
        var fr = UiText.KeysOf(Language.Fr).Order().ToList();
        var nl = UiText.KeysOf(Language.Nl).Order().ToList();

        Assert.Equal(fr.Except(nl), []);
        Assert.Equal(nl.Except(fr), []);
    }

    [Fact]
    public void PlaceholdersAreReplaced() =>
        Assert.Equal("12 services répertoriés", UiText.For(Language.Fr).Format("home.total", ("COUNT", 12)));

    [Fact]
    public void MissingKeyShowsTheKey() => Assert.Equal("no.such.key", UiText.For(Language.Nl)["no.such.key"]);
}
