using System.Globalization;
using Humanizer;
using Repertoire.Core.Records;

namespace Repertoire.Web.Localization;

/// <summary>"Verified 3 months ago" in the visitor's language, in Humanizer's own French and Dutch words.</summary>
public static class RelativeDates
{
    /// <summary>How long ago a date was, in a language: "il y a 3 mois", "gisteren"; "aujourd'hui"/"vandaag" for today.</summary>
    public static string Ago(DateOnly date, DateOnly today, Language language)
    {
        // Humanizer says "now"/"maintenant" for a zero difference: a verification date is a day, so today reads better.
        if (date == today) return language == Language.Nl ? "vandaag" : "aujourd'hui";
        // Humanizer 2.14's DateOnly overload loses the year (a date a year back reads "now"): compare as local dates.
        // fr-BE and nl-BE fall back to the fr and nl resources (Humanizer.Core.fr / .nl) through .NET's culture chain.
        return date.ToDateTime(TimeOnly.MinValue).Humanize(utcDate: false, dateToCompareAgainst: today.ToDateTime(TimeOnly.MinValue),
            culture: CultureInfo.GetCultureInfo(language.Tag()));
    }
}
