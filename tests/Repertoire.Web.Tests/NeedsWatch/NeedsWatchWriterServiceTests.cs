using Repertoire.Web.NeedsWatch;

namespace Repertoire.Web.Tests.NeedsWatch;

public sealed class NeedsWatchWriterServiceTests
{
    [Theory]
    [InlineData("2026-12-06T20:00:00Z", 13, "2025-11-01")]
    // Months are Brussels months: 22:59 UTC on 31 January is still January there, 23:59 UTC is already February.
    [InlineData("2026-01-31T22:59:00Z", 13, "2024-12-01")]
    [InlineData("2026-01-31T23:59:00Z", 13, "2025-01-01")]
    [InlineData("2026-03-01T00:00:00Z", 1, "2026-02-01")]
    public void WholeMonthsPastTheRetentionAreFolded(string now, int months, string cutoff) =>
        Assert.Equal(DateOnly.Parse(cutoff, System.Globalization.CultureInfo.InvariantCulture),
            NeedsWatchWriterService.RetentionCutoff(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), months));
}
