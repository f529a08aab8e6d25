using Humanizer.Localisation;
using Humanizer.Localisation.Formatters;

namespace Repertoire.Web.Localization;

/// <summary>
/// Humanizer's relative dates and durations in Dutch ("3 maanden geleden", "gisteren", "over een week"), written
/// here because Humanizer's Dutch resource package is not available: without it Humanizer falls back to English.
/// </summary>
public sealed class DutchHumanizeFormatter : IFormatter
{
    private static readonly DefaultFormatter Symbols = new("en");

    public string DateHumanize_Now() => "nu";

    public string DateHumanize_Never() => "nooit";

    public string DateHumanize(TimeUnit timeUnit, Tense timeUnitTense, int unit)
    {
        if (timeUnit == TimeUnit.Day && unit == 1) return timeUnitTense == Tense.Past ? "gisteren" : "morgen";
        var amount = Amount(timeUnit, unit);
        return timeUnitTense == Tense.Past ? $"{amount} geleden" : $"over {amount}";
    }

    public string TimeSpanHumanize_Zero() => "geen tijd";

    public string TimeSpanHumanize(TimeUnit timeUnit, int unit, bool toWords = false) =>
        unit == 1 && !toWords ? $"1 {Noun(timeUnit, 1)}" : Amount(timeUnit, unit);

    public string DataUnitHumanize(DataUnit dataUnit, double count, bool toSymbol = true) =>
        Symbols.DataUnitHumanize(dataUnit, count, toSymbol);

    public string TimeUnitHumanize(TimeUnit timeUnit) => Noun(timeUnit, 1);

    private static string Amount(TimeUnit timeUnit, int unit) =>
        unit == 1 ? $"een {Noun(timeUnit, 1)}" : $"{unit} {Noun(timeUnit, unit)}";

    private static string Noun(TimeUnit timeUnit, int unit) => (timeUnit, unit > 1) switch
    {
        (TimeUnit.Millisecond, false) => "milliseconde",
        (TimeUnit.Millisecond, true) => "milliseconden",
        (TimeUnit.Second, false) => "seconde",
        (TimeUnit.Second, true) => "seconden",
        (TimeUnit.Minute, false) => "minuut",
        (TimeUnit.Minute, true) => "minuten",
        // After a number, "uur" and "jaar" stay singular: "3 uur geleden", "2 jaar geleden".
        (TimeUnit.Hour, _) => "uur",
        (TimeUnit.Day, false) => "dag",
        (TimeUnit.Day, true) => "dagen",
        (TimeUnit.Week, false) => "week",
        (TimeUnit.Week, true) => "weken",
        (TimeUnit.Month, false) => "maand",
        (TimeUnit.Month, true) => "maanden",
        (TimeUnit.Year, _) => "jaar",
        _ => throw new ArgumentOutOfRangeException(nameof(timeUnit), timeUnit, null),
    };
}
