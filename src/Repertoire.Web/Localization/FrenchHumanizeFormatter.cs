using Humanizer.Localisation;

namespace Repertoire.Web.Localization;

/// <summary>Humanizer's relative dates and durations in French ("il y a 3 mois", "hier", "dans une semaine").</summary>
public sealed class FrenchHumanizeFormatter : WordedHumanizeFormatter
{
    public override string DateHumanize_Now() => "maintenant";

    public override string DateHumanize_Never() => "jamais";

    public override string TimeSpanHumanize_Zero() => "temps nul";

    protected override string OneDay(Tense tense) => tense == Tense.Past ? "hier" : "demain";

    protected override string Relative(string amount, Tense tense) => tense == Tense.Past ? $"il y a {amount}" : $"dans {amount}";

    // "un jour", "une heure", "3 mois": the article agrees with the noun's gender.
    protected override string Amount(TimeUnit timeUnit, int unit) =>
        unit == 1 ? $"{(IsFeminine(timeUnit) ? "une" : "un")} {Noun(timeUnit, false)}" : $"{unit} {Noun(timeUnit, unit > 1)}";

    private static bool IsFeminine(TimeUnit timeUnit) =>
        timeUnit is TimeUnit.Millisecond or TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour or TimeUnit.Week;

    protected override string Noun(TimeUnit timeUnit, bool plural) => (timeUnit, plural) switch
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
