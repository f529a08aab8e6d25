using Repertoire.Core.Alignment.Normalisation;

namespace Repertoire.Core.Tests.Alignment.Normalisation;

public sealed class KboNumberTests
{
    [Theory]
    [InlineData("0212.347.945", "0212347945")]
    [InlineData("BE0212347945", "0212347945")]
    [InlineData("BE 0212 347 945", "0212347945")]
    [InlineData("212.347.945", "0212347945")]
    [InlineData("0212-347-945", "0212347945")]
    [InlineData(" be0212.347.945 ", "0212347945")]
    public void AnySpellingOfAValidNumberNormalisesToTenDigits(string text, string expected) =>
        Assert.Equal(expected, KboNumber.Normalise(text));

    [Theory]
    [InlineData("0212.347.946")]   // last check digit wrong
    [InlineData("0877.686.702")]   // plausible shape, fails mod 97
    [InlineData("12345")]
    [InlineData("2212.347.945")]   // enterprise numbers start with 0 or 1
    [InlineData("0212.347.945.1")]
    [InlineData("n/a")]
    [InlineData("")]
    [InlineData(null)]
    public void InvalidNumberIsEvidenceOfNothing(string? text) => Assert.Null(KboNumber.Normalise(text));

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
