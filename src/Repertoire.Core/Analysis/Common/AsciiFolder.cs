namespace Repertoire.Core.Analysis.Common;

/// <summary>
/// Folds Latin letters with diacritics and ligatures to plain ASCII (é→e, ë→e, ç→c, œ→oe, æ→ae, ß→ss, ĳ→ij,
/// ø→o), typographic apostrophes and quotes to ASCII, and drops combining marks.
/// </summary>
public static class AsciiFolder
{
    private const int TableSize = 0x250;
    private static readonly string?[] Table = BuildTable();

    /// <summary>The folded form of <paramref name="text"/>; the same instance when nothing changes.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        while (i < text.Length && text[i] < 0x80) i++;
        if (i == text.Length)
            return text;
        var buffer = text.Length <= 128 ? stackalloc char[text.Length * 2] : new char[text.Length * 2];
        text.AsSpan(0, i).CopyTo(buffer);
        var n = i;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80) { buffer[n++] = c; continue; }
            var folded = FoldChar(c);
            if (folded is null) { buffer[n++] = c; continue; }
            folded.AsSpan().CopyTo(buffer[n..]);
            n += folded.Length;
        }
        var result = buffer[..n];
        return result.SequenceEqual(text) ? text : new string(result);
    }

    /// <summary>What one non-ASCII character folds to (possibly empty), or null when it stays as it is.</summary>
    public static string? FoldChar(char c)
    {
        if (c < TableSize)
            return Table[c];
        if (c >= '\u0300' && c <= '\u036F')
            return "";
        return c switch
        {
            '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u02BC' => "'",
            '\u201C' or '\u201D' or '\u201E' => "\"",
            '\uFB00' => "ff",
            '\uFB01' => "fi",
            '\uFB02' => "fl",
            _ => null,
        };
    }

    private static string?[] BuildTable()
    {
        var table = new string?[TableSize];
        (string From, string To)[] groups =
        [
            ("àáâãäåāăą", "a"), ("ÀÁÂÃÄÅĀĂĄ", "A"), ("çćĉċč", "c"), ("ÇĆĈĊČ", "C"), ("ďđð", "d"), ("ĎĐÐ", "D"),
            ("èéêëēĕėęě", "e"), ("ÈÉÊËĒĔĖĘĚ", "E"), ("ĝğġģ", "g"), ("ĜĞĠĢ", "G"), ("ĥħ", "h"), ("ĤĦ", "H"),
            ("ìíîïĩīĭįı", "i"), ("ÌÍÎÏĨĪĬĮİ", "I"), ("ĵ", "j"), ("Ĵ", "J"), ("ķ", "k"), ("Ķ", "K"),
            ("ĺļľŀł", "l"), ("ĹĻĽĿŁ", "L"), ("ñńņňŉ", "n"), ("ÑŃŅŇ", "N"), ("òóôõöøōŏő", "o"), ("ÒÓÔÕÖØŌŎŐ", "O"),
            ("ŕŗř", "r"), ("ŔŖŘ", "R"), ("śŝşšſ", "s"), ("ŚŜŞŠ", "S"), ("ţťŧ", "t"), ("ŢŤŦ", "T"),
            ("ùúûüũūŭůűų", "u"), ("ÙÚÛÜŨŪŬŮŰŲ", "U"), ("ŵ", "w"), ("Ŵ", "W"), ("ýÿŷ", "y"), ("ÝŸŶ", "Y"),
            ("źżž", "z"), ("ŹŻŽ", "Z"),
        ];
        foreach (var (from, to) in groups)
        {
            foreach (var c in from)
                table[c] = to;
        }
        table['ß'] = "ss";
        table['æ'] = "ae";
        table['Æ'] = "AE";
        table['œ'] = "oe";
        table['Œ'] = "OE";
        table['ĳ'] = "ij";
        table['Ĳ'] = "IJ";
        table['þ'] = "th";
        table['Þ'] = "TH";
        table['ŋ'] = "n";
        table['Ŋ'] = "N";
        table['\u00AD'] = "";
        return table;
    }
}
