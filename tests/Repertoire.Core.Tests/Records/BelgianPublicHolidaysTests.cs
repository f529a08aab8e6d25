using NodaTime;
using Repertoire.Core.Records;

namespace Repertoire.Core.Tests.Records;

public sealed class BelgianPublicHolidaysTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    public void EasterSundayMatchesTheCalendar(int year, int month, int day)
    {
        Assert.Equal(new LocalDate(year, month, day), BelgianPublicHolidays.EasterSunday(year));
    }

    [Theory]
    [InlineData("2026-01-01", true)]
    [InlineData("2026-04-06", true)]   // Easter Monday
    [InlineData("2026-05-14", true)]   // Ascension
    [InlineData("2026-05-25", true)]   // Whit Monday
    [InlineData("2026-07-21", true)]
    [InlineData("2026-11-11", true)]
    [InlineData("2026-04-05", false)]  // Easter Sunday is a Sunday, not a holiday of its own
    [InlineData("2026-12-24", false)]
    [InlineData("2026-09-27", false)]  // a community holiday, not a legal one
    public void LegalHolidaysAreKnown(string date, bool holiday)
    {
        Assert.Equal(holiday, BelgianPublicHolidays.IsHoliday(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value));
    }
}
