using System.Globalization;
using System.Text.RegularExpressions;

namespace Repertoire.Core.Alignment.Normalisation;

/// <summary>A house number as Belgian addresses write it: "63C", "1185-1187", "18 bte 4", "1 bus 10", "16/2".</summary>
/// <param name="First">The (first) number of the range.</param>
/// <param name="Last">The last number of a range, equal to <paramref name="First"/> otherwise.</param>
/// <param name="Suffix">A letter glued to the number ("C" in "63C"), lower-cased, or empty.</param>
/// <param name="Box">The box (bte, bus, "/"), lower-cased, or null.</param>
public sealed partial record HouseNumber(int First, int Last, string Suffix, string? Box)
{
    [GeneratedRegex(@"^\s*(?:n[°o]\.?\s*)?(\d{1,5})\s*([a-z](?![a-z]))?(?:\s*[-–]\s*(\d{1,5})\s*(?:[a-z](?![a-z]))?)?(?:\s*(?:,|\s)?\s*(?:(?:bte|bt|boite|boîte|bus|box|b)(?![a-z])|/)\.?\s*([a-z0-9]{1,6}))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>Parses the number; <paramref name="box"/> (Bruxelles-Social's separate postalBox) wins over a box in the text.
    /// Returns null when the text starts with no number.</summary>
    public static HouseNumber? Parse(string? text, string? box = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var match = Pattern().Match(text);
        if (!match.Success) return null;
        var first = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var last = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : first;
        if (last < first) last = first;
        var suffix = match.Groups[2].Success ? match.Groups[2].Value.ToLowerInvariant() : "";
        var parsedBox = string.IsNullOrWhiteSpace(box) ? (match.Groups[4].Success ? match.Groups[4].Value : null) : box.Trim();
        return new HouseNumber(first, last, suffix, parsedBox?.ToLowerInvariant());
    }

    /// <summary>1 for the same number (and box when both give one), 0.85 for overlapping ranges or a differing
    /// letter, 0.9 for the same number in different boxes, 0 for different numbers.</summary>
    public double Agreement(HouseNumber other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Last < other.First || other.Last < First) return 0;
        var score = First == other.First && Last == other.Last ? 1.0 : 0.85;
        if (First == other.First && Suffix != other.Suffix && Suffix.Length > 0 && other.Suffix.Length > 0) score = 0.5;
        else if (Suffix != other.Suffix) score = Math.Min(score, 0.85);
        if (Box is not null && other.Box is not null && Box != other.Box) score *= 0.9;
        return score;
    }
}
