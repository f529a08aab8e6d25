using System.Globalization;
using Humanizer;
using Humanizer.Configuration;
using Repertoire.Core.Records;

namespace Repertoire.Web.Localization;

/// <summary>Registers the French and Dutch formatters with Humanizer and phrases "verified 3 months ago".</summary>
public static class HumanizeFormatters
{
    private static readonly Lazy<bool> Registered = new(() =>
    {
        // Humanizer registers its own (resource-less, so English) formatter for "fr-BE" as well as "fr":
        // the Belgian tags must be overridden too, since the site asks for fr-BE and nl-BE.
        foreach (var tag in new[] { "fr", "fr-BE" }) Configurator.Formatters.Register(tag, new FrenchHumanizeFormatter());
        foreach (var tag in new[] { "nl", "nl-BE" }) Configurator.Formatters.Register(tag, new DutchHumanizeFormatter());
        return true;
    });

    /// <summary>Registers the formatters once (Humanizer's registry is process-wide).</summary>
    public static IServiceCollection AddHumanizeFormatters(this IServiceCollection services)
    {
        Register();
        return services;
    }

    /// <summary>Registers the formatters once.</summary>
    public static void Register() => _ = Registered.Value;

    /// <summary>How long ago a date was, in a language: "il y a 3 mois", "gisteren"; "aujourd'hui"/"vandaag" for today.</summary>
    public static string Ago(DateOnly date, DateOnly today, Language language)
    {
        Register();
        if (date == today) return language == Language.Nl ? "vandaag" : "aujourd'hui";
        // Humanizer 2.14's DateOnly overload loses the year (a date a year back reads "now"): compare as local dates.
        return date.ToDateTime(TimeOnly.MinValue).Humanize(utcDate: false, dateToCompareAgainst: today.ToDateTime(TimeOnly.MinValue),
            culture: CultureInfo.GetCultureInfo(language.Tag()));
    }
}
