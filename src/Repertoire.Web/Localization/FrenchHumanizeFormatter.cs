using Humanizer.Localisation;
using Humanizer.Localisation.Formatters;

namespace Repertoire.Web.Localization;

/// <summary>
/// Humanizer's relative dates and durations in French ("il y a 3 mois", "hier", "dans une semaine"), written here
/// because Humanizer's French resource package is not available: without it Humanizer falls back to English.
/// </summary>
public sealed class FrenchHumanizeFormatter : IFormatter
{
    private static readonly DefaultFormatter Symbols = new("en");

    public string DateHumanize_Now() => "maintenant";

    public string DateHumanize_Never() => "jamais";

    public string DateHumanize(TimeUnit timeUnit, Tense timeUnitTense, int unit)
    {
        if (timeUnit == TimeUnit.Day && unit == 1) return timeUnitTense == Tense.Past ? "hier" : "demain";
        var amount = Amount(timeUnit, unit);
        return timeUnitTense == Tense.Past ? $"il y a {amount}" : $"dans {amount}";
    }

    public string TimeSpanHumanize_Zero() => "temps nul";

    public string TimeSpanHumanize(TimeUnit timeUnit, int unit, bool toWords = false) =>
        unit == 1 && !toWords ? $"1 {Noun(timeUnit, 1)}" : Amount(timeUnit, unit);

    public string DataUnitHumanize(DataUnit dataUnit, double count, bool toSymbol = true) =>
        Symbols.DataUnitHumanize(dataUnit, count, toSymbol);

    public string TimeUnitHumanize(TimeUnit timeUnit) => Noun(timeUnit, 1);

    // "un jour", "une heure", "3 mois": the article agrees with the noun's gender.
    private static string Amount(TimeUnit timeUnit, int unit) =>
        unit == 1 ? $"{(IsFeminine(timeUnit) ? "une" : "un")} {Noun(timeUnit, 1)}" : $"{unit} {Noun(timeUnit, unit)}";

    private static bool IsFeminine(TimeUnit timeUnit) =>
        timeUnit is TimeUnit.Millisecond or TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour or TimeUnit.Week;

    private static string Noun(TimeUnit timeUnit, int unit) => (timeUnit, unit > 1) switch
    {
        (TimeUnit.Millisecond, false) => "milliseconde",
        (TimeUnit.Millisecond, true) => "millisecondes",
        (TimeUnit.Second, false) => "seconde",
        (TimeUnit.Second, true) => "secondes",
        (TimeUnit.Minute, false) => "minute",
        (TimeUnit.Minute, true) => "minutes",
        (TimeUnit.Hour, false) => "heure",
        (TimeUnit.Hour, true) => "heures",
        (TimeUnit.Day, false) => "jour",
        (TimeUnit.Day, true) => "jours",
        (TimeUnit.Week, false) => "semaine",
        (TimeUnit.Week, true) => "semaines",
        // "mois" is the same in the singular and the plural.
        (TimeUnit.Month, _) => "mois",
        (TimeUnit.Year, false) => "an",
        (TimeUnit.Year, true) => "ans",
        _ => throw new ArgumentOutOfRangeException(nameof(timeUnit), timeUnit, null),
    };
}
