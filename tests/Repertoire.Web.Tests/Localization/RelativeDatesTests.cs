using Repertoire.Core.Records;
using Repertoire.Web.Localization;

namespace Repertoire.Web.Tests.Localization;

public sealed class RelativeDatesTests
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
        Assert.Equal(expected, RelativeDates.Ago(DateOnly.Parse(date), Today, Language.Fr));

    [Theory]
    [InlineData("2026-09-02", "3 maanden geleden")]
    [InlineData("2026-12-01", "gisteren")]
    [InlineData("2026-11-29", "3 dagen geleden")]
    // Humanizer's Dutch resources write the number: "1 maand geleden".
    [InlineData("2026-11-01", "1 maand geleden")]
    [InlineData("2025-12-02", "1 jaar geleden")]
    [InlineData("2023-11-15", "3 jaar geleden")]
    [InlineData("2026-12-02", "vandaag")]
    [InlineData("2026-12-03", "morgen")]
    public void VerifiedDatesReadAsDutch(string date, string expected) =>
        Assert.Equal(expected, RelativeDates.Ago(DateOnly.Parse(date), Today, Language.Nl));
}
