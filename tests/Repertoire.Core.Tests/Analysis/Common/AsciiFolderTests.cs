using Repertoire.Core.Analysis.Common;

namespace Repertoire.Core.Tests.Analysis.Common;

public sealed class AsciiFolderTests
{
    [Theory]
    [InlineData("geïnformeerd", "geinformeerd")]
    [InlineData("Œuvre", "OEuvre")]
    [InlineData("æquo", "aequo")]
    [InlineData("straße", "strasse")]
    [InlineData("ĳs", "ijs")]
    [InlineData("cafe\u0301", "cafe")]
    [InlineData("aujourd’hui", "aujourd'hui")]
    [InlineData("Ελληνικά", "Ελληνικά")]
    public void AsciiFolderFoldsDiacriticsAndLigatures(string text, string folded) =>
        Assert.Equal(folded, AsciiFolder.Fold(text));

    [Fact]
    public void AsciiFolderReturnsTheSameInstanceWhenNothingChanges()
    {
        const string text = "sante";
        Assert.Same(text, AsciiFolder.Fold(text));
    }
}
