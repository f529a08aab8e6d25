using System.Globalization;
using NodaTime;
using Repertoire.Core.Records;
using Repertoire.Web.Localization;

namespace Repertoire.Web.Pages.Organisations;

/// <summary>
/// What a professional needs to refer someone, put into words for one listing at one instant: today's hours and
/// whether it is open now, the week, access, languages, conditions, and how fresh the facts are. Shared by the
/// listing page, the result cards, the referral sheet and the exports, so they all say the same thing.
/// </summary>
public sealed record ListingFacts(
    bool HasStructuredHours,
    bool? OpenNow,
    string? TodayHours,
    IReadOnlyList<ListingFacts.Day> Week,
    IReadOnlyList<string> HoursNotes,
    IReadOnlyList<string> Accessibility,
    string? AccessibilityNote,
    IReadOnlyList<string> Languages,
    string? Interpreter,
    string? Conditions,
    string? Cost,
    string? Referral,
    Freshness Freshness,
    string FreshnessText,
    IReadOnlyList<string> NoLongerListed)
{
    /// <summary>One weekday of the week's hours: its name and its ranges in words ("fermé" when closed).</summary>
    public sealed record Day(string Name, string Hours, bool IsToday);

    /// <summary>The facts of <paramref name="o"/> at <paramref name="now"/>, in <paramref name="lang"/>.</summary>
    public static ListingFacts Of(Organisation o, Instant now, Language lang)
    {
        var text = UiText.For(lang);
        var local = now.InZone(BrusselsTime.Zone).LocalDateTime;
        var hours = o.Hours;
        var structured = hours is { IsStructured: true };
        var notes = new List<string>();
        if (hours is { AppointmentOnly: true }) notes.Add(text["facts.appointment"]);
        if (hours is { ClosedOnPublicHolidays: true }) notes.Add(text["facts.holidays"]);
        if (hours?.Note.Get(lang) is { } note) notes.Add(note);
        if (structured)
        {
            foreach (var exception in hours!.Exceptions.Where(e => e.Date >= local.Date).OrderBy(e => e.Date).Take(5))
                // French sets a space before the colon, Dutch does not.
                notes.Add(DateText(exception.Date, lang) + (lang == Language.Nl ? ": " : " : ")
                    + (exception.Closed ? text["facts.closed_day"] : RangesText(exception.Ranges)));
        }

        var week = new List<Day>();
        if (structured)
        {
            // The week as written, Monday first; a weekday the file leaves out is a closed day.
            var culture = CultureInfo.GetCultureInfo(lang.Tag());
            for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
            {
                var ranges = hours!.Week.TryGetValue(day, out var r) ? r : [];
                var name = culture.TextInfo.ToTitleCase(culture.DateTimeFormat.GetDayName(BclDay(day)));
                week.Add(new Day(name, ranges.Count == 0 ? text["facts.closed_day"] : RangesText(ranges), day == local.DayOfWeek));
            }
        }
        var today = structured ? hours!.RangesOn(local.Date) : [];
        var freshness = Freshness.Of(o.Verified, local.Date);
        return new ListingFacts(
            structured,
            hours?.IsOpenAt(local),
            structured ? (today.Count == 0 ? text["facts.closed_today"] : RangesText(today)) : null,
            week,
            notes,
            AccessibilityItems(o.Accessibility, text),
            o.Accessibility?.Note.Get(lang),
            o.Languages.Select(code => LanguageName(code, text)).ToList(),
            o.Interpreter switch { true => text["facts.interpreter"], false => text["facts.no_interpreter"], null => null },
            o.Conditions?.Get(lang),
            o.Cost?.Get(lang),
            o.ReferralRequired switch { true => text["facts.referral"], false => text["facts.no_referral"], null => null },
            freshness,
            DescribeFreshness(freshness, o.Verified, local.Date, lang),
            NoLongerListedText(o, lang));
    }

    /// <summary>"Ne figure plus dans Bruxelles-Social depuis le 6 décembre 2026", one line per directory that dropped
    /// the listing's record (<c>no_longer_listed</c>); empty while both still list it.</summary>
    private static IReadOnlyList<string> NoLongerListedText(Organisation o, Language lang)
    {
        if (o.NoLongerListed is not { } gone) return [];
        var text = UiText.For(lang);
        var lines = new List<string>();
        foreach (var (directory, since) in new[] { ("listing.bruxelles_social", gone.BruxellesSocial), ("listing.sociale_kaart", gone.SocialeKaart) })
            if (since is { } date)
                lines.Add(text.Format("listing.no_longer_listed", ("DIRECTORY", text[directory]), ("DATE", DateText(date, lang))));
        return lines;
    }

    /// <summary>"09:00–12:00, 13:30–17:00" (an en dash between times, as typeset in both languages).</summary>
    public static string RangesText(IReadOnlyList<TimeRange> ranges) =>
        string.Join(", ", ranges.Select(r => r.ToString().Replace('-', '–')));

    /// <summary>The name of a language of service in the page's language, or its code when the table has none.</summary>
    public static string LanguageName(string code, UiText text) =>
        text[$"lang.{code}"] is var name && name != $"lang.{code}" ? name : code;

    private static string DescribeFreshness(Freshness freshness, Verification? verified, LocalDate today, Language lang)
    {
        var text = UiText.For(lang);
        if (verified is null) return text["facts.fresh.never"];
        var by = verified.By is { } who ? " " + text.Format("facts.by", ("BY", who)) : "";
        return freshness.State switch
        {
            FreshnessState.Current => text.Format("listing.verified",
                ("AGO", RelativeDates.Ago(verified.Date.ToDateOnly(), (verified.Date > today ? verified.Date : today).ToDateOnly(), lang))) + by,
            FreshnessState.Ageing => text.Format("facts.fresh.ageing", ("MONTHS", freshness.MonthsAgo)) + by,
            _ => text.Format("facts.fresh.stale", ("DATE", DateText(verified.Date, lang))),
        };
    }

    /// <summary>What is stated about access, one phrase per fact ("Entrée de plain-pied"); empty when nothing is.</summary>
    public static IReadOnlyList<string> AccessibilityItems(Accessibility? access, UiText text)
    {
        if (access is null) return [];
        var items = new List<string>();
        if (access.StepFree is { } stepFree) items.Add(text[stepFree ? "facts.access.step_free" : "facts.access.steps"]);
        if (access.AccessibleToilet is { } toilet) items.Add(text[toilet ? "facts.access.toilet" : "facts.access.no_toilet"]);
        if (access.HearingLoop is { } loop) items.Add(text[loop ? "facts.access.loop" : "facts.access.no_loop"]);
        return items;
    }

    /// <summary>"24 décembre 2026" / "24 december 2026".</summary>
    public static string DateText(LocalDate date, Language lang) =>
        date.ToDateOnly().ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(lang.Tag()));

    private static DayOfWeek BclDay(IsoDayOfWeek day) => day == IsoDayOfWeek.Sunday ? DayOfWeek.Sunday : (DayOfWeek)(int)day;
}
