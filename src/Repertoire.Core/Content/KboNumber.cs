namespace Repertoire.Core.Content;

/// <summary>Belgian enterprise numbers (BCE/KBO): ten digits, the last two a mod-97 check of the first eight.</summary>
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
        if (count != 10 || buffer[0] is not ('0' or '1')) return false;
        var body = long.Parse(buffer[..8]);
        var check = int.Parse(buffer[8..10]);
        if (97 - body % 97 != check) return false;
        digits = new string(buffer);
        return true;
    }

    /// <summary>The official display form <c>0212.347.945</c> of ten valid digits.</summary>
    public static string Format(string digits) => $"{digits[..4]}.{digits[4..7]}.{digits[7..]}";
}
