using NodaTime;

namespace Repertoire.Core.Records;

/// <summary>The directory's time zone: hours are written in Brussels wall-clock time.</summary>
public static class BrusselsTime
{
    /// <summary>Europe/Brussels from the IANA database bundled with NodaTime (daylight saving included).</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Europe/Brussels"];

    /// <summary>The Brussels date at an instant.</summary>
    public static LocalDate Today(Instant now) => now.InZone(Zone).Date;

    /// <summary>The Brussels date at an instant.</summary>
    public static DateOnly Today(DateTimeOffset now) => Today(Instant.FromDateTimeOffset(now)).ToDateOnly();

    /// <summary>The Brussels wall-clock hour of an instant (minutes and seconds dropped), with its offset from UTC.</summary>
    public static DateTimeOffset HourOf(DateTimeOffset instant)
    {
        var local = Instant.FromDateTimeOffset(instant).InZone(Zone);
        return new DateTimeOffset(local.Year, local.Month, local.Day, local.Hour, 0, 0, local.Offset.ToTimeSpan());
    }
}
