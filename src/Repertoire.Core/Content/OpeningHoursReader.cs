using NodaTime;
using Repertoire.Core.Records;
using YamlDotNet.RepresentationModel;

namespace Repertoire.Core.Content;

/// <summary>
/// Reads a listing's <c>hours</c>: the structured form (weekday ranges, flags, exceptions, note), or the older
/// free text, which is kept as a note with a warning saying how to structure it.
/// </summary>
internal static class OpeningHoursReader
{
    private static readonly (string Key, IsoDayOfWeek Day)[] Days =
    [
        ("monday", IsoDayOfWeek.Monday), ("tuesday", IsoDayOfWeek.Tuesday), ("wednesday", IsoDayOfWeek.Wednesday),
        ("thursday", IsoDayOfWeek.Thursday), ("friday", IsoDayOfWeek.Friday), ("saturday", IsoDayOfWeek.Saturday),
        ("sunday", IsoDayOfWeek.Sunday),
    ];

    private static readonly string[] Flags = ["appointment_only", "closed_on_public_holidays", "exceptions", "note"];

    private const string HowToStructure =
        "free-text hours are shown as a note, without \"open now\"; write them as monday: [\"09:00-12:00\", \"13:30-17:00\"] ... sunday, " +
        "with appointment_only, closed_on_public_holidays, exceptions and note (see docs/content-format.md)";

    public static OpeningHours? Read(YamlFields f, YamlMappingNode map)
    {
        var node = YamlFields.Child(map, "hours");
        if (YamlFields.IsNull(node)) return null;
        if (node is YamlScalarNode)
        {
            f.Warning(node, "hours", HowToStructure);
            return OpeningHours.FreeText(f.Text(map, "hours", "hours"));
        }
        if (node is not YamlMappingNode hours)
        {
            f.Error(node, "hours", "expected weekdays with time ranges (monday: [\"09:00-12:00\"]) or a text per language");
            return null;
        }
        var keys = hours.Children.Keys.Select(k => (k as YamlScalarNode)?.Value ?? "").ToList();
        if (keys.Count > 0 && keys.All(k => k is "fr" or "nl"))
        {
            f.Warning(node, "hours", HowToStructure);
            return OpeningHours.FreeText(f.Text(map, "hours", "hours"));
        }

        foreach (var (key, _) in hours.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "?";
            if (!Days.Any(d => d.Key == name) && !Flags.Contains(name))
                f.Error(key, $"hours.{name}", "unknown field: expected monday..sunday, appointment_only, closed_on_public_holidays, exceptions or note");
        }

        var week = new Dictionary<IsoDayOfWeek, IReadOnlyList<TimeRange>>();
        foreach (var (key, day) in Days)
        {
            if (YamlFields.Child(hours, key) is null) continue;
            week[day] = Ranges(f, hours, key, $"hours.{key}");
        }
        return new OpeningHours
        {
            Week = week,
            AppointmentOnly = f.Bool(hours, "appointment_only", "hours.appointment_only") ?? false,
            ClosedOnPublicHolidays = f.Bool(hours, "closed_on_public_holidays", "hours.closed_on_public_holidays") ?? false,
            Exceptions = Exceptions(f, hours),
            Note = f.Text(hours, "note", "hours.note"),
        };
    }

    /// <summary>A list of <c>HH:mm-HH:mm</c> ranges; an empty list or null is a closed day.</summary>
    private static IReadOnlyList<TimeRange> Ranges(YamlFields f, YamlMappingNode map, string key, string field)
    {
        var ranges = new List<TimeRange>();
        foreach (var text in f.Strings(map, key, field))
        {
            if (TimeRange.TryParse(text) is { } range) ranges.Add(range);
            else f.Error(YamlFields.Child(map, key), field,
                $"'{text}' is not a time range: write HH:mm-HH:mm such as 09:00-12:30 (22:00-02:00 crosses midnight, 24:00 is midnight)");
        }
        var sorted = ranges.OrderBy(r => r.Start).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i - 1].CrossesMidnight || sorted[i].Start < sorted[i - 1].End)
            {
                f.Error(YamlFields.Child(map, key), field, $"ranges {sorted[i - 1]} and {sorted[i]} overlap");
                break;
            }
        }
        return sorted;
    }

    private static IReadOnlyList<HoursException> Exceptions(YamlFields f, YamlMappingNode hours)
    {
        var node = YamlFields.Child(hours, "exceptions");
        if (YamlFields.IsNull(node)) return [];
        if (node is not YamlSequenceNode list)
        {
            f.Error(node, "hours.exceptions", "expected a list of {date, closed} or {date, ranges}");
            return [];
        }
        var exceptions = new List<HoursException>();
        foreach (var item in list)
        {
            if (item is not YamlMappingNode entry)
            {
                f.Error(item, "hours.exceptions", "expected {date: YYYY-MM-DD, closed: true} or {date: YYYY-MM-DD, ranges: [\"09:00-12:00\"]}");
                continue;
            }
            f.WarnUnknownKeys(entry, "hours.exceptions", "date", "closed", "ranges");
            var date = f.Date(entry, "date", "hours.exceptions.date");
            if (date is null)
            {
                if (YamlFields.Child(entry, "date") is null) f.Error(entry, "hours.exceptions.date", "each exception needs a date");
                continue;
            }
            var closed = f.Bool(entry, "closed", "hours.exceptions.closed") ?? false;
            var hasRanges = YamlFields.Child(entry, "ranges") is not null;
            var ranges = hasRanges ? Ranges(f, entry, "ranges", "hours.exceptions.ranges") : [];
            if (closed && ranges.Count > 0)
                f.Error(entry, "hours.exceptions", $"{date:uuuu-MM-dd} is both closed and open: give closed: true or ranges, not both");
            else if (!closed && !hasRanges)
                f.Error(entry, "hours.exceptions", $"{date:uuuu-MM-dd}: give closed: true or the ranges of that day");
            if (exceptions.Any(e => e.Date == date))
                f.Error(entry, "hours.exceptions.date", $"{date:uuuu-MM-dd} is listed twice");
            exceptions.Add(new HoursException(date.Value, closed || ranges.Count == 0, ranges));
        }
        return exceptions;
    }
}
