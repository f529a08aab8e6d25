using System.Globalization;
using System.Text.RegularExpressions;
using Repertoire.Core.Common;

namespace Repertoire.Core.DirectoryImport.Mapping;

/// <summary>Reads the opening-hours sentences of the directories ("Du lundi au vendredi de 9h à 12h et de 13h30 à
/// 16h30.", "Maandag, woensdag en donderdag van 9u tot 12u.", "Sur rendez-vous.") into weekly time ranges. Only a
/// text that is entirely such a pattern is structured; anything else (exceptions, seasons, "sauf", "le 1er lundi")
/// gives null, and the text is kept as a note.</summary>
internal static partial class OpeningHoursParser
{
    /// <summary>Day keys of the content format, Monday first.</summary>
    public static readonly string[] DayKeys = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private static readonly Dictionary<string, int> Days = new(StringComparer.Ordinal)
    {
        ["lundi"] = 0, ["mardi"] = 1, ["mercredi"] = 2, ["jeudi"] = 3, ["vendredi"] = 4, ["samedi"] = 5, ["dimanche"] = 6,
        ["maandag"] = 0, ["dinsdag"] = 1, ["woensdag"] = 2, ["donderdag"] = 3, ["vrijdag"] = 4, ["zaterdag"] = 5, ["zondag"] = 6,
    };

    /// <summary>A weekly schedule: per day (Monday = 0) its ranges "09:00-12:00", and whether it is by appointment.</summary>
    public sealed record Schedule(IReadOnlyList<string>[] Ranges, bool AppointmentOnly)
    {
        public bool SameAs(Schedule other) =>
            AppointmentOnly == other.AppointmentOnly && Ranges.Zip(other.Ranges).All(p => p.First.SequenceEqual(p.Second));
    }

    /// <summary>The schedule the text states, or null when it is not a clear weekly pattern.</summary>
    public static Schedule? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        // Folding keeps letters and digits only: "13h30" stays a word, "9:30" becomes "9 30", so times are taken
        // from the raw text first.
        var normalised = TimeRegex().Replace(text.ToLowerInvariant(), m => $" t{Minutes(m):D4} ");
        var words = TextFolder.Tokens(normalised);
        var ranges = Enumerable.Range(0, 7).Select(_ => new List<string>()).ToArray();
        var appointment = false;
        var i = 0;
        var any = false;
        while (i < words.Length)
        {
            if (Appointment(words, ref i)) { appointment = true; any = true; continue; }
            var days = ReadDays(words, ref i);
            if (days is null) return null;
            var times = ReadTimes(words, ref i);
            if (times is null || times.Count == 0) return null;
            foreach (var day in days)
                ranges[day].AddRange(times);
            any = true;
            // "Sur rendez-vous" may follow a schedule: "du lundi au vendredi de 9h à 12h, sur rendez-vous".
        }
        if (!any) return null;
        foreach (var day in ranges) day.Sort(StringComparer.Ordinal);
        return new Schedule(ranges.Select(r => (IReadOnlyList<string>)r.Distinct().ToList()).ToArray(), appointment);
    }

    private static bool Appointment(string[] words, ref int i)
    {
        string[][] phrases = [["sur", "rendez", "vous"], ["uniquement", "sur", "rendez", "vous"], ["op", "afspraak"], ["enkel", "op", "afspraak"], ["alleen", "op", "afspraak"]];
        foreach (var phrase in phrases)
        {
            if (i + phrase.Length <= words.Length && words.AsSpan(i, phrase.Length).SequenceEqual(phrase))
            {
                i += phrase.Length;
                return true;
            }
        }
        return false;
    }

    private static List<int>? ReadDays(string[] words, ref int i)
    {
        if (i + 2 < words.Length && words[i] == "tous" && words[i + 1] == "les" && words[i + 2] == "jours") { i += 3; return [0, 1, 2, 3, 4, 5, 6]; }
        if (i + 1 < words.Length && words[i] == "elke" && words[i + 1] == "dag") { i += 2; return [0, 1, 2, 3, 4, 5, 6]; }
        // "du lundi au vendredi", "van maandag tot vrijdag", "lundi au vendredi"
        var start = i;
        if (i < words.Length && words[i] is "du" or "van") i++;
        if (i + 2 < words.Length && Days.TryGetValue(words[i], out var from) && words[i + 1] is "au" or "tot" && Days.TryGetValue(words[i + 2], out var to) && from <= to)
        {
            i += 3;
            return Enumerable.Range(from, to - from + 1).ToList();
        }
        i = start;
        // "lundi, mercredi et jeudi", "le mardi", "maandag en donderdag"
        var days = new List<int>();
        while (i < words.Length)
        {
            if (words[i] is "le" or "et" or "en" or "les") { i++; continue; }
            if (Days.TryGetValue(words[i], out var day) || (words[i].EndsWith('s') && Days.TryGetValue(words[i][..^1], out day)))
            {
                days.Add(day);
                i++;
                continue;
            }
            break;
        }
        return days.Count > 0 ? days : null;
    }

    private static List<string>? ReadTimes(string[] words, ref int i)
    {
        var ranges = new List<string>();
        while (i < words.Length)
        {
            var start = i;
            while (i < words.Length && words[i] is "et" or "en") i++;
            if (i < words.Length && words[i] is "de" or "van") i++;
            if (i + 2 < words.Length && IsTime(words[i], out var from) && words[i + 1] is "a" or "tot" && IsTime(words[i + 2], out var to))
            {
                // An end before its start crosses midnight ("22:00-02:00"), which the content format allows.
                ranges.Add($"{Clock(from)}-{Clock(to)}");
                i += 3;
                continue;
            }
            i = start;
            break;
        }
        return ranges;
    }

    private static bool IsTime(string word, out int minutes)
    {
        minutes = 0;
        return word.Length == 5 && word[0] == 't' && int.TryParse(word.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out minutes);
    }

    private static string Clock(int minutes) =>
        string.Create(CultureInfo.InvariantCulture, $"{minutes / 60 % 24:D2}:{minutes % 60:D2}");

    private static int Minutes(Match match)
    {
        var hours = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minutes = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        return hours * 60 + minutes;
    }

    // 9h, 13h30, 9u, 12u30, 9:30, 09.30, 24h: hours 0-24, minutes 00-59.
    [GeneratedRegex(@"(?<![\d])(?<h>[01]?\d|2[0-4])\s*(?:h|u|:|\.)(?<m>[0-5]\d)?(?![\d])")]
    private static partial Regex TimeRegex();
}
