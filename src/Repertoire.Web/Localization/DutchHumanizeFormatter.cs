using Humanizer.Localisation;

namespace Repertoire.Web.Localization;

/// <summary>Humanizer's relative dates and durations in Dutch ("3 maanden geleden", "gisteren", "over een week").</summary>
public sealed class DutchHumanizeFormatter : WordedHumanizeFormatter
{
    public override string DateHumanize_Now() => "nu";

    public override string DateHumanize_Never() => "nooit";

    public override string TimeSpanHumanize_Zero() => "geen tijd";

    protected override string OneDay(Tense tense) => tense == Tense.Past ? "gisteren" : "morgen";

    protected override string Relative(string amount, Tense tense) => tense == Tense.Past ? $"{amount} geleden" : $"over {amount}";

    protected override string Amount(TimeUnit timeUnit, int unit) =>
        unit == 1 ? $"een {Noun(timeUnit, false)}" : $"{unit} {Noun(timeUnit, unit > 1)}";

    protected override string Noun(TimeUnit timeUnit, bool plural) => (timeUnit, plural) switch
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
