using Repertoire.Core.Alignment.Normalisation;

namespace Repertoire.Core.Tests.Alignment.Normalisation;

public sealed class PhoneNormaliserTests
{
    [Theory]
    [InlineData("02/435.51.38")]
    [InlineData("02 435 51 38")]
    [InlineData("02.435.51.38")]
    [InlineData("024355138")]
    [InlineData("+32 2 435 51 38")]
    [InlineData("+3224355138")]
    [InlineData("0032 2 4355138")]
    [InlineData("+32 (0)2 435 51 38")]
    [InlineData("+32 02 435 51 38")]
    public void BrusselsLandlineSpellingsGiveOneE164Number(string text) =>
        Assert.Equal("+3224355138", PhoneNormaliser.ToE164(text));

    [Fact]
    public void MobileNumberKeepsItsNineNationalDigits() =>
        Assert.Equal("+32493226942", PhoneNormaliser.ToE164("0493 22 69 42"));

    [Theory]
    [InlineData("435 51 38")]
    [InlineData("02 435")]
    [InlineData("")]
    [InlineData("tel")]
    public void ImplausibleNumberIsNull(string text) => Assert.Null(PhoneNormaliser.ToE164(text));

    [Fact]
    public void TextListingSeveralNumbersYieldsEach() =>
        Assert.Equal(["+3224355138", "+3224355139"], PhoneNormaliser.AllToE164("02/435.51.38 - 02/435.51.39"));
}
