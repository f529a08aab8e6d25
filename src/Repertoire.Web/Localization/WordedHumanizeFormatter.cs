using Humanizer.Localisation;
using Humanizer.Localisation.Formatters;

namespace Repertoire.Web.Localization;

/// <summary>
/// The part of Humanizer's <see cref="IFormatter"/> that is the same in every language: how relative dates and
/// durations are put together. A language supplies only its words (<see cref="Noun"/>, <see cref="Amount"/>, the
/// "ago"/"in" phrases); Humanizer's French and Dutch resource packages are not available here.
/// </summary>
public abstract class WordedHumanizeFormatter : IFormatter
{
    // Data sizes ("12 MB") use symbols that do not translate.
    private static readonly DefaultFormatter Symbols = new("en");

    /// <summary>"now".</summary>
    public abstract string DateHumanize_Now();

    /// <summary>"never".</summary>
    public abstract string DateHumanize_Never();

    /// <summary>"no time".</summary>
    public abstract string TimeSpanHumanize_Zero();

    /// <summary>The word for one day back or forward ("yesterday", "tomorrow").</summary>
    protected abstract string OneDay(Tense tense);

    /// <summary>"3 months ago" or "in 3 months" around an amount.</summary>
    protected abstract string Relative(string amount, Tense tense);

    /// <summary>The noun for a unit, singular or for a count above one.</summary>
    protected abstract string Noun(TimeUnit timeUnit, bool plural);

    /// <summary>"a day", "3 days": the count, or the article for one.</summary>
    protected abstract string Amount(TimeUnit timeUnit, int unit);

    public string DateHumanize(TimeUnit timeUnit, Tense timeUnitTense, int unit) =>
        timeUnit == TimeUnit.Day && unit == 1 ? OneDay(timeUnitTense) : Relative(Amount(timeUnit, unit), timeUnitTense);

    public string TimeSpanHumanize(TimeUnit timeUnit, int unit, bool toWords = false) =>
        unit == 1 && !toWords ? $"1 {Noun(timeUnit, false)}" : Amount(timeUnit, unit);

    public string DataUnitHumanize(DataUnit dataUnit, double count, bool toSymbol = true) =>
        Symbols.DataUnitHumanize(dataUnit, count, toSymbol);

    public string TimeUnitHumanize(TimeUnit timeUnit) => Noun(timeUnit, false);
}
