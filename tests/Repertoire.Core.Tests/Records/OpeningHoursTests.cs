using NodaTime;
using NodaTime.Text;
using Repertoire.Core.Records;

namespace Repertoire.Core.Tests.Records;

/// <summary>"Open now" and "today" in Brussels time: ranges, midnight, closed days, exceptions, holidays and daylight saving.</summary>
public sealed class OpeningHoursTests
{
    private static TimeRange Range(string text) => TimeRange.TryParse(text) ?? throw new ArgumentException(text);

    private static OpeningHours Week(params (IsoDayOfWeek Day, string[] Ranges)[] days) => new()
    {
        Week = days.ToDictionary(d => d.Day, d => (IReadOnlyList<TimeRange>)d.Ranges.Select(Range).ToList()),
    };

    private static Instant Utc(string text) => InstantPattern.General.Parse(text).Value;

    private static readonly OpeningHours OfficeHours = Week(
        (IsoDayOfWeek.Monday, ["09:00-12:00", "13:30-17:00"]),
        (IsoDayOfWeek.Tuesday, ["09:00-12:00"]),
        (IsoDayOfWeek.Wednesday, []));

    [Theory]
    [InlineData("2026-12-07T08:30:00Z", true)]   // Monday 09:30 in winter (UTC+1)
    [InlineData("2026-12-07T11:15:00Z", false)]  // Monday 12:15, the lunch break
    [InlineData("2026-12-07T12:30:00Z", true)]   // Monday 13:30, the afternoon range starts
    [InlineData("2026-12-07T16:00:00Z", false)]  // Monday 17:00: the end is excluded
    [InlineData("2026-12-08T10:59:00Z", true)]   // Tuesday 11:59
    [InlineData("2026-12-09T09:00:00Z", false)]  // Wednesday: listed with no range, closed
    [InlineData("2026-12-10T09:00:00Z", false)]  // Thursday: not listed, closed
    public void WeekdayRangesSayWhetherItIsOpen(string instant, bool open)
    {
        Assert.Equal(open, OfficeHours.IsOpenAt(Utc(instant)));
    }

    [Theory]
    [InlineData("2026-12-04T21:30:00Z", true)]   // Friday 22:30
    [InlineData("2026-12-05T00:30:00Z", true)]   // Saturday 01:30: Friday's night range goes on
    [InlineData("2026-12-05T01:00:00Z", false)]  // Saturday 02:00: it has ended
    [InlineData("2026-12-05T21:30:00Z", false)]  // Saturday 22:30: Saturday has no range
    [InlineData("2026-12-04T20:59:00Z", false)]  // Friday 21:59: not yet
    public void RangeAcrossMidnightRunsIntoTheNextDay(string instant, bool open)
    {
        var night = Week((IsoDayOfWeek.Friday, ["22:00-02:00"]));

        Assert.Equal(open, night.IsOpenAt(Utc(instant)));
    }

    [Fact]
    public void UntilMidnightIsWrittenAs2400()
    {
        var range = Range("18:00-24:00");
        var evening = Week((IsoDayOfWeek.Monday, ["18:00-24:00"]));

        Assert.Equal("18:00-24:00", range.ToString());
        Assert.True(evening.IsOpenAt(new LocalDateTime(2026, 12, 7, 23, 59)));
        Assert.False(evening.IsOpenAt(new LocalDateTime(2026, 12, 8, 0, 0)));
    }

    [Fact]
    public void ExceptionDateWinsOverTheWeek()
    {
        var hours = OfficeHours with
        {
            Exceptions =
            [
                new HoursException(new LocalDate(2026, 12, 7), Closed: true, []),
                new HoursException(new LocalDate(2026, 12, 10), Closed: false, [Range("10:00-11:00")]),
            ],
        };

        Assert.Empty(hours.RangesOn(new LocalDate(2026, 12, 7)));
        Assert.False(hours.IsOpenAt(new LocalDateTime(2026, 12, 7, 10, 0)));
        Assert.True(hours.IsOpenAt(new LocalDateTime(2026, 12, 10, 10, 30)));
        Assert.Equal(2, hours.RangesOn(new LocalDate(2026, 12, 14)).Count);
    }

    [Fact]
    public void PublicHolidayClosesOnlyWhenTheListingSaysSo()
    {
        // 2026-12-25 is a Friday.
        var open = Week((IsoDayOfWeek.Friday, ["09:00-12:00"]));
        var closes = open with { ClosedOnPublicHolidays = true };
        var christmas = new LocalDateTime(2026, 12, 25, 10, 0);

        Assert.True(open.IsOpenAt(christmas));
        Assert.False(closes.IsOpenAt(christmas));
        Assert.True(closes.IsOpenAt(christmas.PlusDays(-7)));
    }

    [Theory]
    // 29 March 2026: clocks go from 02:00 CET to 03:00 CEST, at 01:00 UTC.
    [InlineData("2026-03-29T06:30:00Z", true)]   // 08:30 CEST (a fixed UTC+1 would say 07:30, closed)
    [InlineData("2026-03-29T05:30:00Z", false)]  // 07:30 CEST
    [InlineData("2026-03-29T01:30:00Z", true)]   // 03:30 CEST: Saturday's night range still runs
    [InlineData("2026-03-29T02:30:00Z", false)]  // 04:30 CEST: it has ended
    public void SpringDaylightSavingDayUsesSummerTimeAfterTheChange(string instant, bool open)
    {
        var hours = Week((IsoDayOfWeek.Saturday, ["22:00-04:00"]), (IsoDayOfWeek.Sunday, ["08:00-12:00"]));

        Assert.Equal(open, hours.IsOpenAt(Utc(instant)));
    }

    [Theory]
    // 25 October 2026: clocks go back from 03:00 CEST to 02:00 CET, at 01:00 UTC; 02:00-03:00 happens twice.
    [InlineData("2026-10-25T06:30:00Z", false)]  // 07:30 CET (a fixed UTC+2 would say 08:30, open)
    [InlineData("2026-10-25T07:30:00Z", true)]   // 08:30 CET
    [InlineData("2026-10-25T00:45:00Z", false)]  // 02:45 CEST, the first time round: after 02:30
    [InlineData("2026-10-25T01:15:00Z", true)]   // 02:15 CET, the second time round: before 02:30
    public void AutumnDaylightSavingDayUsesWallClockTime(string instant, bool open)
    {
        var hours = Week((IsoDayOfWeek.Saturday, ["22:00-02:30"]), (IsoDayOfWeek.Sunday, ["08:00-12:00"]));

        Assert.Equal(open, hours.IsOpenAt(Utc(instant)));
    }

    [Fact]
    public void TodayIsTheBrusselsDate()
    {
        // 23:30 UTC on 6 December is already 7 December in Brussels.
        Assert.Equal(new LocalDate(2026, 12, 7), BrusselsTime.Today(Utc("2026-12-06T23:30:00Z")));
    }

    [Fact]
    public void FreeTextHoursCannotSayOpenNow()
    {
        var hours = OpeningHours.FreeText(new LocalizedText("Du lundi au vendredi", null));

        Assert.False(hours.IsStructured);
        Assert.Null(hours.IsOpenAt(Utc("2026-12-07T10:00:00Z")));
    }

    [Theory]
    [InlineData("9-12")]
    [InlineData("09:00")]
    [InlineData("09:00-09:00")]
    [InlineData("25:00-26:00")]
    [InlineData("09:00-12:00-13:00")]
    public void MalformedRangeIsRejected(string text)
    {
        Assert.Null(TimeRange.TryParse(text));
    }
}
