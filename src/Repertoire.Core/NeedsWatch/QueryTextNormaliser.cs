using Repertoire.Core.Common;

namespace Repertoire.Core.NeedsWatch;

/// <summary>
/// The form in which query texts are counted: folded (lower case, no accents, punctuation as spaces) so that
/// "Aide  alimentaire" and "aide alimentaire!" count as one text; numbers that could be about someone (phone,
/// national register or account numbers, typed in one piece or in groups) become <c>#</c>; the text is cut to a
/// bounded length. Runs in the needs watch's background writer, never on a request.
/// </summary>
public static class QueryTextNormaliser
{
    /// <summary>The longest normalised text kept, in characters.</summary>
    public const int MaxLength = 100;

    // A Brussels postcode has four digits and says where, not who; longer numbers, or digit groups adding up
    // to more, are numbers about someone.
    private const int PostcodeLength = 4;

    /// <summary>The normalised text, or null when nothing is left of it.</summary>
    public static string? Normalise(string? text)
    {
        var words = TextFolder.Tokens(text);
        if (words.Length == 0) return null;
        var kept = new List<string>(words.Length);
        for (var i = 0; i < words.Length;)
        {
            if (!IsNumber(words[i]))
            {
                kept.Add(MaskDigitRuns(words[i++]));
                continue;
            }
            // A run of numbers: "0470 12 34 56" is one phone number, "1030 1040" two postcodes.
            var end = i;
            var digits = 0;
            var allPostcodes = true;
            while (end < words.Length && IsNumber(words[end]))
            {
                digits += words[end].Length;
                allPostcodes &= words[end].Length == PostcodeLength;
                end++;
            }
            if (digits <= PostcodeLength || allPostcodes) kept.AddRange(words[i..end]);
            else kept.Add("#");
            i = end;
        }
        var result = "";
        foreach (var word in kept)
        {
            var next = result.Length == 0 ? word : result + " " + word;
            if (next.Length > MaxLength) break;
            result = next;
        }
        return result.Length == 0 ? null : result;
    }

    private static bool IsNumber(string word) => word.All(char.IsAsciiDigit);

    // Digits inside a word ("be68539007547034", "tel0470123456"): runs longer than a postcode become "#".
    private static string MaskDigitRuns(string word)
    {
        var chars = new System.Text.StringBuilder(word.Length);
        for (var i = 0; i < word.Length;)
        {
            if (!char.IsAsciiDigit(word[i])) { chars.Append(word[i++]); continue; }
            var end = i;
            while (end < word.Length && char.IsAsciiDigit(word[end])) end++;
            if (end - i > PostcodeLength) chars.Append('#');
            else chars.Append(word, i, end - i);
            i = end;
        }
        return chars.ToString();
    }
}
