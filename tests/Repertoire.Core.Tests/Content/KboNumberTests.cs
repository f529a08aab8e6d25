using Repertoire.Core.Content;

namespace Repertoire.Core.Tests.Content;

public sealed class KboNumberTests
{
    [Theory]
    [InlineData("0212.347.945", "0212347945")]
    [InlineData("BE0212347945", "0212347945")]
    [InlineData("BE 0212 347 945", "0212347945")]
    [InlineData(" be0212.347.945 ", "0212347945")]
    [InlineData("212.347.945", "0212347945")]
    [InlineData("0212-347-945", "0212347945")]
    [InlineData("0212347945", "0212347945")]
    public void CommonSpellingsNormaliseToTenDigits(string text, string digits)
    {
        Assert.True(KboNumber.TryNormalise(text, out var normalised));
        Assert.Equal(digits, normalised);
        Assert.Equal(digits, KboNumber.Normalise(text));
    }

    [Theory]
    [InlineData("0212.347.946")]   // last check digit wrong
    [InlineData("0877.686.702")]   // plausible shape, fails mod 97
    [InlineData("12345")]
    [InlineData("2212.347.945")]   // enterprise numbers start with 0 or 1
    [InlineData("0000.000.097")]   // a zero body is no number
    [InlineData("0212.347.945.1")]
    [InlineData("n/a")]
    [InlineData("")]
    [InlineData(null)]
    public void InvalidNumbersAreRejected(string? text)
    {
        Assert.False(KboNumber.TryNormalise(text, out _));
        Assert.Null(KboNumber.Normalise(text));
    }

    [Fact]
    public void CheckDigitsAreNinetySevenMinusBodyModNinetySeven()
    {
        // 02123479 mod 97 = 52, 97 - 52 = 45.
        Assert.True(KboNumber.IsValid("0212347945"));
        Assert.False(KboNumber.IsValid("0212347944"));
    }

    [Fact]
    public void FormatUsesDottedDisplayForm() => Assert.Equal("0212.347.945", KboNumber.Format("0212347945"));
}
