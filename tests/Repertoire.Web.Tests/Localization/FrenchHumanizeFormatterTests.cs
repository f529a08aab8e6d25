using Humanizer.Localisation;
using Repertoire.Core.Records;
using Repertoire.Web.Localization;

namespace Repertoire.Web.Tests.Localization;

public sealed class FrenchHumanizeFormatterTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Theory]
    [InlineData("2026-09-02", "il y a 3 mois")]
    [InlineData("2026-12-01", "hier")]
    [InlineData("2026-11-29", "il y a 3 jours")]
    [InlineData("2026-11-01", "il y a un mois")]
    [InlineData("2025-12-02", "il y a un an")]
    [InlineData("2023-11-15", "il y a 3 ans")]
    [InlineData("2026-12-02", "aujourd'hui")]
    [InlineData("2026-12-03", "demain")]
    public void VerifiedDatesReadAsFrench(string date, string expected) =>
        Assert.Equal(expected, HumanizeFormatters.Ago(DateOnly.Parse(date), Today, Language.Fr));

    [Theory]
    [InlineData(TimeUnit.Hour, 1, "il y a une heure")]
    [InlineData(TimeUnit.Minute, 5, "il y a 5 minutes")]
    [InlineData(TimeUnit.Day, 2, "il y a 2 jours")]
    [InlineData(TimeUnit.Week, 1, "il y a une semaine")]
    [InlineData(TimeUnit.Month, 1, "il y a un mois")]
    public void ArticleAgreesWithTheUnit(TimeUnit unit, int count, string expected) =>
        Assert.Equal(expected, new FrenchHumanizeFormatter().DateHumanize(unit, Tense.Past, count));

    [Fact]
    public void FutureUsesDans() =>
        Assert.Equal("dans 2 ans", new FrenchHumanizeFormatter().DateHumanize(TimeUnit.Year, Tense.Future, 2));

    [Fact]
    public void DurationsArePluralised()
    {
        var formatter = new FrenchHumanizeFormatter();
        Assert.Equal("3 jours", formatter.TimeSpanHumanize(TimeUnit.Day, 3));
        Assert.Equal("1 mois", formatter.TimeSpanHumanize(TimeUnit.Month, 1));
        Assert.Equal("un jour", formatter.TimeSpanHumanize(TimeUnit.Day, 1, toWords: true));
    }
}
