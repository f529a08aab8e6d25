namespace Repertoire.Core.Alignment.Normalisation;

/// <summary>Brings phone numbers written in any local habit ("02/435.51.38", "0032 2 4355138",
/// "+32 (0)2 435 51 38") to E.164 ("+3224355138").</summary>
public static class PhoneNormaliser
{
    private static readonly string[] Separators = [",", ";", " - ", " / ", " of ", " ou ", " et ", " en ", "|"];

    /// <summary>Every number in a text that may list several ("02/435.51.38 - 02/435.51.39").</summary>
    public static IEnumerable<string> AllToE164(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) yield break;
        if (ToE164(text) is { } single)
        {
            yield return single;
            yield break;
        }
        foreach (var part in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (ToE164(part) is { } number) yield return number;
    }

    /// <summary>The E.164 form, or null when the text is not a plausible phone number. National numbers
    /// are read as Belgian.</summary>
    public static string? ToE164(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.Trim();
        // "(0)" is the trunk prefix written after the country code; it is never dialled.
        trimmed = trimmed.Replace("(0)", "", StringComparison.Ordinal);
        var plus = trimmed.StartsWith('+');
        var digits = new string(trimmed.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 0) return null;
        string international;
        if (plus) international = digits;
        else if (digits.StartsWith("00", StringComparison.Ordinal)) international = digits[2..];
        else if (digits.StartsWith('0')) international = "32" + digits[1..];
        else return null;
        if (international.StartsWith("320", StringComparison.Ordinal)) international = "32" + international[3..];
        if (international.StartsWith("32", StringComparison.Ordinal))
        {
            var national = international.Length - 2;
            // Belgian numbers: 8 digits for fixed lines, 9 for mobiles (04xx).
            if (national is < 8 or > 9) return null;
        }
        else if (international.Length is < 8 or > 15)
        {
            return null;
        }
        return "+" + international;
    }
}
