using NodaTime;

namespace Repertoire.Core.Records;

/// <summary>
/// The ten Belgian legal public holidays (loi du 4 janvier 1974 / wet van 4 januari 1974). Written by hand: no
/// library that restores here knows them, and three follow Easter, which NodaTime does not compute.
/// </summary>
public static class BelgianPublicHolidays
{
    /// <summary>Whether <paramref name="date"/> is a Belgian legal public holiday.</summary>
    public static bool IsHoliday(LocalDate date)
    {
        switch (date.Month, date.Day)
        {
            case (1, 1): // Nouvel An / Nieuwjaar
            case (5, 1): // Fête du travail / Dag van de Arbeid
            case (7, 21): // Fête nationale / Nationale feestdag
            case (8, 15): // Assomption / O.-L.-V.-Hemelvaart
            case (11, 1): // Toussaint / Allerheiligen
            case (11, 11): // Armistice / Wapenstilstand
            case (12, 25): // Noël / Kerstmis
                return true;
        }
        var easter = EasterSunday(date.Year);
        // Lundi de Pâques, Ascension (39 days after Easter), Lundi de Pentecôte (50 days after).
        return date == easter.PlusDays(1) || date == easter.PlusDays(39) || date == easter.PlusDays(50);
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher).</summary>
    public static LocalDate EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new LocalDate(year, month, day);
    }
}
