using Repertoire.Core.Common;

namespace Repertoire.Core.Tests.Common;

public class TextFolderTests
{
    [Theory]
    [InlineData("L'Épicerie-sociale", "l epicerie sociale")]
    [InlineData("  Œuvre  d’accueil ", "oeuvre d accueil")]
    [InlineData("Straße 12/3", "strasse 12 3")]
    [InlineData("Zorgzone Noord-Oost", "zorgzone noord oost")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void FoldsCaseAccentsLigaturesAndPunctuation(string? text, string folded) =>
        Assert.Equal(folded, TextFolder.Fold(text));

    [Fact]
    public void TokensAreTheFoldedWords() =>
        Assert.Equal(["aide", "alimentaire", "a", "schaerbeek"], TextFolder.Tokens("Aide alimentaire à Schaerbeek!"));
}
