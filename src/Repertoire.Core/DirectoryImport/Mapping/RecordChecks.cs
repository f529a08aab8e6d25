using Repertoire.Core.Alignment.Normalisation;
using Repertoire.Core.Content;

namespace Repertoire.Core.DirectoryImport.Mapping;

/// <summary>Checks both directory readers share: coordinates, enterprise numbers, contact lists.</summary>
internal static class RecordChecks
{
    /// <summary>Coordinates given in full and in the Region, or null when none are given. Half a pair, a point
    /// outside the Region or swapped latitude and longitude refuse the record: a pin in the wrong place sends
    /// people to the wrong door.</summary>
    public static GeoCoordinates? Coordinates(double? lat, double? lon)
    {
        if (lat is null && lon is null) return null;
        if (lat is not { } la || lon is not { } lo)
            throw new FormatException($"broken coordinates: latitude {Show(lat)}, longitude {Show(lon)} (half a pair)");
        if (la == 0 && lo == 0) return null; // (0, 0) is how some exports write "unknown".
        var point = new GeoCoordinates(la, lo);
        if (point.InBrussels) return point;
        if (new GeoCoordinates(lo, la).InBrussels)
            throw new FormatException($"broken coordinates: latitude {Show(lat)} and longitude {Show(lon)} are swapped");
        throw new FormatException($"broken coordinates: ({Show(lat)}, {Show(lon)}) lies outside the Brussels-Capital Region");
    }

    /// <summary>The first valid enterprise number; each invalid one is a field warning (the number is never
    /// published, the record is kept: see docs/import.md).</summary>
    public static string? Kbo(IEnumerable<string> written, List<string> warnings)
    {
        string? valid = null;
        foreach (var text in written)
        {
            if (KboNumber.Normalise(text) is { } digits) valid ??= digits;
            else warnings.Add($"kbo: '{text}' is not a valid enterprise number (10 digits with a mod-97 check); left out");
        }
        return valid;
    }

    /// <summary>Phone numbers without the same number twice in two spellings; the first spelling is kept.</summary>
    public static List<string> DistinctPhones(IEnumerable<string> phones)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var phone in phones)
        {
            var key = PhoneNormaliser.ToE164(phone) ?? phone.Trim();
            if (seen.Add(key)) result.Add(phone.Trim());
        }
        return result;
    }

    public static List<string> DistinctIgnoringCase(IEnumerable<string> values) =>
        values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>"1000" from 1000, "1000", "B-1000"; null when no four digits.</summary>
    public static string? Postcode(string? text)
    {
        if (text is null) return null;
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 4 ? digits : null;
    }

    private static string Show(double? value) =>
        value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "missing";
}
