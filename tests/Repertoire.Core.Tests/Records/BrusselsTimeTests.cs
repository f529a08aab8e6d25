using Repertoire.Core.Records;

namespace Repertoire.Core.Tests.Records;

public sealed class BrusselsTimeTests
{
    [Theory]
    [InlineData("2026-01-15T09:45:12Z", "2026-01-15T10:00:00+01:00")]
    [InlineData("2026-07-15T09:45:12Z", "2026-07-15T11:00:00+02:00")]
    [InlineData("2026-12-31T23:30:00Z", "2027-01-01T00:00:00+01:00")]
    // 25 October 2026: 00:30 UTC is 02:30 summer time, 01:30 UTC is 02:30 winter time; both are the hour 02.
    [InlineData("2026-10-25T00:30:00Z", "2026-10-25T02:00:00+02:00")]
    [InlineData("2026-10-25T01:30:00Z", "2026-10-25T02:00:00+01:00")]
    public void HourOfIsTheBrusselsWallClockHour(string instant, string hour) =>
        // Compared as text: DateTimeOffset's equality ignores the offset.
        Assert.Equal(hour, BrusselsTime.HourOf(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture))
            .ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void TodayIsTheBrusselsDate() =>
        Assert.Equal(new DateOnly(2027, 1, 1), BrusselsTime.Today(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero)));
}
