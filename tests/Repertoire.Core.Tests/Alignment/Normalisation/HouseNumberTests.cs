using Repertoire.Core.Alignment.Normalisation;

namespace Repertoire.Core.Tests.Alignment.Normalisation;

public sealed class HouseNumberTests
{
    [Theory]
    [InlineData("18 bte 4", 18, 18, "", "4")]
    [InlineData("1 bus 10", 1, 1, "", "10")]
    [InlineData("16/2", 16, 16, "", "2")]
    [InlineData("1 bte A", 1, 1, "", "a")]
    [InlineData("63C", 63, 63, "c", null)]
    [InlineData("1185-1187", 1185, 1187, "", null)]
    [InlineData("72-74", 72, 74, "", null)]
    [InlineData("18 bis", 18, 18, "", null)]
    public void ParsesRangesLettersAndBoxes(string text, int first, int last, string suffix, string? box)
    {
        var number = HouseNumber.Parse(text);
        Assert.Equal(new HouseNumber(first, last, suffix, box), number);
    }

    [Fact]
    public void SeparateBoxWinsOverTheText() => Assert.Equal("4", HouseNumber.Parse("18", "4")!.Box);

    [Fact]
    public void TextWithoutNumberIsNull() => Assert.Null(HouseNumber.Parse("sans numéro"));

    [Fact]
    public void SameNumberAndBoxAgreeFully() =>
        Assert.Equal(1.0, HouseNumber.Parse("18 bte 4")!.Agreement(HouseNumber.Parse("18", "4")!));

    [Fact]
    public void NumberInsideRangeAgreesPartly() =>
        Assert.Equal(0.85, HouseNumber.Parse("24-26")!.Agreement(HouseNumber.Parse("24")!), 3);

    [Fact]
    public void DifferentNumbersDoNotAgree() =>
        Assert.Equal(0.0, HouseNumber.Parse("21")!.Agreement(HouseNumber.Parse("23")!));
}
