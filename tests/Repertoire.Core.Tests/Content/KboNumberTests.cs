using Repertoire.Core.Content;

namespace Repertoire.Core.Tests.Content;

public sealed class KboNumberTests
{
    [Theory]
    [InlineData("0212.347.945", "0212347945")]
    [InlineData("BE 0212 347 945", "0212347945")]
    [InlineData("212.347.945", "0212347945")]
    [InlineData("0212347945", "0212347945")]
    public void CommonSpellingsNormaliseToTenDigits(string text, string digits)
    {
        Assert.True(KboNumber.TryNormalise(text, out var normalised));
        Assert.Equal(digits, normalised);
    }

    [Theory]
    [InlineData("0212.347.946")]
    [InlineData("12345")]
    [InlineData("")]
    [InlineData("0212.347.945.1")]
    public void InvalidNumbersAreRejected(string text) => Assert.False(KboNumber.TryNormalise(text, out _));
}
