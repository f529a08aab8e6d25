using Repertoire.Core.NeedsWatch;

namespace Repertoire.Core.Tests.NeedsWatch;

public sealed class QueryTextNormaliserTests
{
    [Theory]
    [InlineData("Aide  Alimentaire !", "aide alimentaire")]
    [InlineData("  l'Épicerie-sociale ", "l epicerie sociale")]
    [InlineData("CPAS 1030", "cpas 1030")]
    [InlineData("postcodes 1030 1210", "postcodes 1030 1210")]
    [InlineData("rappeler au 0470 12 34 56 svp", "rappeler au # svp")]
    [InlineData("NN 85.07.30-033.61", "nn #")]
    [InlineData("compte BE68539007547034", "compte be#")]
    [InlineData("02/123.45.67", "#")]
    public void TextsAreFoldedAndNumbersAboutSomeoneMasked(string text, string expected) =>
        Assert.Equal(expected, QueryTextNormaliser.Normalise(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" !? ")]
    public void NothingLeftIsNull(string? text) => Assert.Null(QueryTextNormaliser.Normalise(text));

    [Fact]
    public void LongTextsAreCutAtAWord()
    {
        var normalised = QueryTextNormaliser.Normalise(string.Join(' ', Enumerable.Repeat("alimentaire", 30)))!;

        Assert.True(normalised.Length <= QueryTextNormaliser.MaxLength);
        Assert.EndsWith("alimentaire", normalised);
    }
}
