namespace Repertoire.Core.Content;

/// <summary>Belgian enterprise numbers (BCE/KBO): ten digits, the last two a mod-97 check of the first eight.
/// The one home of the rule: listings, alignment and the directory import all read numbers through it.</summary>
public static class KboNumber
{
    /// <summary>
    /// Reads a number in any common spelling (<c>0212.347.945</c>, <c>BE 0212 347 945</c>, the old nine-digit form)
    /// and gives its ten digits, or false when it is not a valid number.
    /// </summary>
    public static bool TryNormalise(string? text, out string digits)
    {
        digits = "";
        if (string.IsNullOrWhiteSpace(text)) return false;
        Span<char> buffer = stackalloc char[10];
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == 10) return false;
                buffer[count++] = c;
            }
            else if (!(c is ' ' or '.' or '-' or '/' || char.IsAsciiLetter(c))) return false;
        }
        if (count == 9)
        {
            // The nine-digit numbers of before 2007 gained a leading zero.
            buffer[..9].CopyTo(buffer[1..]);
            buffer[0] = '0';
            count = 10;
        }
        if (count != 10 || !IsValid(buffer)) return false;
        digits = new string(buffer);
        return true;
    }

    /// <summary>The ten digits of a valid number in any spelling, or null: a number failing the mod-97 check is
    /// evidence of nothing.</summary>
    public static string? Normalise(string? text) => TryNormalise(text, out var digits) ? digits : null;

    /// <summary>True when ten digits start with 0 or 1 and carry correct check digits 97 - (first eight mod 97).</summary>
    public static bool IsValid(ReadOnlySpan<char> tenDigits)
    {
        if (tenDigits.Length != 10 || tenDigits[0] is not ('0' or '1')) return false;
        foreach (var c in tenDigits)
            if (!char.IsAsciiDigit(c)) return false;
        var body = long.Parse(tenDigits[..8], provider: System.Globalization.CultureInfo.InvariantCulture);
        var check = int.Parse(tenDigits[8..10], provider: System.Globalization.CultureInfo.InvariantCulture);
        return body != 0 && 97 - body % 97 == check;
    }

    /// <summary>The official display form <c>0212.347.945</c> of ten valid digits.</summary>
    public static string Format(string digits) => $"{digits[..4]}.{digits[4..7]}.{digits[7..]}";
}
