using Humanizer.Localisation;
using Repertoire.Core.Records;
using Repertoire.Web.Localization;

namespace Repertoire.Web.Tests.Localization;

public sealed class DutchHumanizeFormatterTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Theory]
    [InlineData("2026-09-02", "3 maanden geleden")]
    [InlineData("2026-12-01", "gisteren")]
    [InlineData("2026-11-29", "3 dagen geleden")]
    [InlineData("2026-11-01", "een maand geleden")]
    [InlineData("2025-12-02", "een jaar geleden")]
    [InlineData("2023-11-15", "3 jaar geleden")]
    [InlineData("2026-12-02", "vandaag")]
    [InlineData("2026-12-03", "morgen")]
    public void VerifiedDatesReadAsDutch(string date, string expected) =>
        Assert.Equal(expected, HumanizeFormatters.Ago(DateOnly.Parse(date), Today, Language.Nl));

    [Theory]
    [InlineData(TimeUnit.Hour, 3, "3 uur geleden")]
    [InlineData(TimeUnit.Minute, 1, "een minuut geleden")]
    [InlineData(TimeUnit.Minute, 5, "5 minuten geleden")]
    [InlineData(TimeUnit.Week, 2, "2 weken geleden")]
    public void UnitsTakeTheDutchPlural(TimeUnit unit, int count, string expected) =>
        Assert.Equal(expected, new DutchHumanizeFormatter().DateHumanize(unit, Tense.Past, count));

    [Fact]
    public void FutureUsesOver() =>
        Assert.Equal("over 2 maanden", new DutchHumanizeFormatter().DateHumanize(TimeUnit.Month, Tense.Future, 2));

    [Fact]
    public void DurationsArePluralised()
    {
        var formatter = new DutchHumanizeFormatter();
        Assert.Equal("3 dagen", formatter.TimeSpanHumanize(TimeUnit.Day, 3));
        Assert.Equal("1 jaar", formatter.TimeSpanHumanize(TimeUnit.Year, 1));
    }
}
