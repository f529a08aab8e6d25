using NodaTime;

namespace Repertoire.Core.Records;

/// <summary>
/// When a listing receives people: time ranges per weekday in Brussels wall-clock time, exceptions by date, and
/// a note per language. A listing written with the older free-text <c>hours</c> has only a <see cref="Note"/>
/// (<see cref="IsStructured"/> is false): nothing can then be said about "open now".
/// </summary>
public sealed record OpeningHours
{
    /// <summary>Hours written as free text only (older files): shown as a note.</summary>
    public static OpeningHours FreeText(LocalizedText note) => new() { Note = note };

    /// <summary>The ranges of each weekday given in the file; a weekday left out is a closed day.</summary>
    public IReadOnlyDictionary<IsoDayOfWeek, IReadOnlyList<TimeRange>> Week { get; init; } =
        new Dictionary<IsoDayOfWeek, IReadOnlyList<TimeRange>>();

    /// <summary>Whether people are received on appointment only (the ranges are then when appointments are given).</summary>
    public bool AppointmentOnly { get; init; }

    /// <summary>Whether the service closes on Belgian public holidays.</summary>
    public bool ClosedOnPublicHolidays { get; init; }

    /// <summary>Dates that differ from the week: closed, or other ranges. They win over the week and over holidays.</summary>
    public IReadOnlyList<HoursException> Exceptions { get; init; } = [];

    /// <summary>A note per language (or the whole text of free-text hours).</summary>
    public LocalizedText Note { get; init; } = LocalizedText.Empty;

    /// <summary>Whether weekday ranges were given, so that "today" and "open now" can be computed.</summary>
    public bool IsStructured => Week.Count > 0;

    /// <summary>The ranges that start on <paramref name="date"/> (a range crossing midnight ends on the next day).</summary>
    public IReadOnlyList<TimeRange> RangesOn(LocalDate date)
    {
        foreach (var exception in Exceptions)
            if (exception.Date == date) return exception.Closed ? [] : exception.Ranges;
        if (ClosedOnPublicHolidays && BelgianPublicHolidays.IsHoliday(date)) return [];
        return Week.TryGetValue(date.DayOfWeek, out var ranges) ? ranges : [];
    }

    /// <summary>Whether the service is open at this wall-clock time (null when the hours are free text).</summary>
    public bool? IsOpenAt(LocalDateTime local)
    {
        if (!IsStructured) return null;
        var time = local.TimeOfDay;
        if (RangesOn(local.Date).Any(r => r.Start <= time && (r.CrossesMidnight || time < r.End))) return true;
        // The tail of yesterday's range that runs past midnight ("22:00-02:00").
        return RangesOn(local.Date.PlusDays(-1)).Any(r => r.CrossesMidnight && time < r.End);
    }

    /// <summary>Whether the service is open at this instant, read in Brussels time (null when the hours are free text).</summary>
    public bool? IsOpenAt(Instant instant) => IsOpenAt(instant.InZone(BrusselsTime.Zone).LocalDateTime);
}

/// <summary>
/// A time range such as <c>09:00-12:00</c>. An end at or before the start crosses midnight (<c>22:00-02:00</c>);
/// <c>24:00</c> is written for "until midnight" and held as an end of 00:00.
/// </summary>
public sealed record TimeRange(LocalTime Start, LocalTime End)
{
    /// <summary>Whether the range ends on the next day.</summary>
    public bool CrossesMidnight => End <= Start;

    /// <summary>The <c>HH:mm-HH:mm</c> form of the content files.</summary>
    public override string ToString() =>
        $"{Start:HH':'mm}-{(End == LocalTime.Midnight ? "24:00" : End.ToString("HH':'mm", System.Globalization.CultureInfo.InvariantCulture))}";

    /// <summary>Parses <c>HH:mm-HH:mm</c> (an end of <c>24:00</c> is midnight); null when the text is not of that form.</summary>
    public static TimeRange? TryParse(string? text)
    {
        if (text is null) return null;
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2) return null;
        if (ParseTime(parts[0], allowEndOfDay: false) is not { } start) return null;
        if (ParseTime(parts[1], allowEndOfDay: true) is not { } end) return null;
        // An empty range says nothing; "00:00-24:00" is the whole day and is allowed.
        if (start == end && parts[1] != "24:00") return null;
        return new TimeRange(start, end);
    }

    private static readonly NodaTime.Text.LocalTimePattern Pattern = NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    private static LocalTime? ParseTime(string text, bool allowEndOfDay)
    {
        if (allowEndOfDay && text == "24:00") return LocalTime.Midnight;
        var result = Pattern.Parse(text);
        return result.Success ? result.Value : null;
    }
}

/// <summary>A date whose hours differ from the week: closed, or open with other ranges.</summary>
public sealed record HoursException(LocalDate Date, bool Closed, IReadOnlyList<TimeRange> Ranges);
