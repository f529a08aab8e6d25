namespace Repertoire.Core.Alignment.Normalisation;

/// <summary>Belgian enterprise numbers (BCE/KBO): ten digits whose last two are the check digits
/// 97 - (first eight mod 97).</summary>
public static class KboNumber
{
    /// <summary>Normalises any common spelling ("0212.347.945", "BE 0212 347 945", "212347945") to ten digits.
    /// Returns null when the text holds no valid number: a number failing the mod-97 check is evidence of nothing.</summary>
    public static string? Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        Span<char> digits = stackalloc char[12];
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == digits.Length) return null;
                digits[count++] = c;
            }
            else if (!(c is ' ' or '.' or '-' or '/' or 'B' or 'E' or 'b' or 'e'))
            {
                return null;
            }
        }
        string number;
        if (count == 10) number = new string(digits[..10]);
        else if (count == 9) number = "0" + new string(digits[..9]);
        else return null;
        return IsValid(number) ? number : null;
    }

    /// <summary>True when ten digits carry correct mod-97 check digits and start with 0 or 1.</summary>
    public static bool IsValid(string tenDigits)
    {
        if (tenDigits.Length != 10 || !tenDigits.All(char.IsAsciiDigit)) return false;
        if (tenDigits[0] is not ('0' or '1')) return false;
        var body = long.Parse(tenDigits.AsSpan(0, 8), System.Globalization.CultureInfo.InvariantCulture);
        var check = int.Parse(tenDigits.AsSpan(8, 2), System.Globalization.CultureInfo.InvariantCulture);
        return body != 0 && 97 - (int)(body % 97) == check;
    }

    /// <summary>The usual display form, "0212.347.945".</summary>
    public static string Format(string tenDigits) =>
        $"{tenDigits[..4]}.{tenDigits[4..7]}.{tenDigits[7..]}";
}
