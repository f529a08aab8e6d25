using System.Collections.Frozen;
using System.Globalization;

namespace Repertoire.Core.Analysis.Common;

/// <summary>
/// Cuts text into words made of letters, marks and digits of any script, and recognises the contact data a
/// directory listing carries, so that they stay searchable:
/// e-mail addresses and web domains become one keyword token (followed by their word parts at the same
/// position); Belgian phone numbers in any usual spelling (<c>02/435.51.38</c>, <c>02 435 51 38</c>,
/// <c>+32 2 435 51 38</c>) become one digit-only token in national form; company (KBO/BCE) numbers
/// (<c>0212.347.945</c>, <c>BE 0212.347.945</c>) become one 10-digit token. Hyphens and other punctuation
/// split words; <c>&amp;</c> between letters does not (<c>K&amp;G</c>); apostrophes between letters are kept
/// on request, for French elision.
/// </summary>
public sealed class StandardTokenizer : Tokenizer
{
    private static readonly FrozenSet<string> KnownTopLevelDomains = new[]
    {
        "be", "brussels", "bruxelles", "vlaanderen", "wallonie", "eu", "com", "org", "net", "info", "fr", "nl",
        "lu", "de", "uk", "int", "io", "gov", "edu", "app", "online", "site",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly bool _keepApostrophes;
    private Queue<Token>? _pending;
    private int _next;
    private int _position = -1;

    /// <summary>Creates a tokenizer over <paramref name="text"/>.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="keepApostrophes">Keep <c>'</c> and <c>’</c> between letters inside a word (French).</param>
    public StandardTokenizer(string text, bool keepApostrophes = false) : base(text)
    {
        _keepApostrophes = keepApostrophes;
    }

    /// <inheritdoc />
    public override bool TryNext(out Token token)
    {
        if (_pending is { Count: > 0 })
        {
            token = _pending.Dequeue();
            return true;
        }
        var text = Text;
        while (_next < text.Length)
        {
            var start = _next;
            if (WordCharWidth(text, start) == 0)
            {
                if (text[start] == '+' && TryNumber(start, out token))
                    return true;
                _next++;
                continue;
            }
            if (SchemeEnd(start) is var afterScheme and > 0)
            {
                _next = afterScheme;
                continue;
            }
            if (TryNumber(start, out token) || TryAddress(start, out token))
                return true;
            token = Word(start);
            return true;
        }
        token = default;
        return false;
    }

    private Token Word(int start)
    {
        var text = Text;
        var i = start;
        while (i < text.Length)
        {
            var width = WordCharWidth(text, i);
            if (width > 0)
            {
                i += width;
                continue;
            }
            var c = text[i];
            var joins = c == '&' || (_keepApostrophes && (c == '\'' || c == '\u2019'));
            if (joins && i + 1 < text.Length && WordCharWidth(text, i + 1) > 0)
            {
                i++;
                continue;
            }
            break;
        }
        _next = i;
        return new Token(text[start..i], start, i, ++_position);
    }

    // "http://" or "https://" carries no search value: skipped, so the domain after it is recognised.
    private int SchemeEnd(int start)
    {
        var text = Text.AsSpan(start);
        if (text.Length < 8 || (text[0] | 0x20) != 'h')
            return 0;
        if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            return start + 7;
        if (text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            return start + 8;
        return 0;
    }

    private bool TryNumber(int start, out Token token)
    {
        token = default;
        var text = Text;
        var i = start;
        bool international = false, company = false;
        if (text[i] == '+')
        {
            if (!text.AsSpan(i).StartsWith("+32"))
                return false;
            international = true;
            i += 3;
        }
        else if ((text[i] | 0x20) == 'b')
        {
            if (i + 2 >= text.Length || (text[i + 1] | 0x20) != 'e')
                return false;
            company = true;
            i += 2;
            if (text[i] == ' ' || text[i] == '.')
                i++;
        }
        else if (!char.IsAsciiDigit(text[i]))
        {
            return false;
        }
        else if (text.AsSpan(i).StartsWith("0032"))
        {
            international = true;
            i += 4;
        }
        if (international)
        {
            if (i < text.Length && text[i] == ' ') i++;
            if (text.AsSpan(i).StartsWith("(0)")) i += 3;
            if (i < text.Length && text[i] == ' ') i++;
        }
        if (i >= text.Length || !char.IsAsciiDigit(text[i]))
            return false;

        Span<char> digits = stackalloc char[11];
        var n = 0;
        if (international)
            digits[n++] = '0';
        Span<int> groupLengths = stackalloc int[10];
        var groups = 0;
        var dotted = true;
        int accepted = 0, acceptedEnd = 0;
        while (true)
        {
            var g = i;
            while (g < text.Length && char.IsAsciiDigit(text[g])) g++;
            var length = g - i;
            // A group glued to letters ("38h") or one digit too many ends the number before it.
            if (n + length > 10 || (g < text.Length && WordCharWidth(text, g) > 0))
                break;
            text.AsSpan(i, length).CopyTo(digits[n..]);
            n += length;
            groupLengths[groups++] = length;
            i = g;
            if (IsNumber(digits[..n], company, international, groups, groupLengths, dotted))
            {
                accepted = n;
                acceptedEnd = i;
            }
            if (n == 10 || groups == groupLengths.Length || i + 1 >= text.Length || !char.IsAsciiDigit(text[i + 1])
                || text[i] is not (' ' or '.' or '/' or '-'))
                break;
            dotted &= text[i] == '.';
            i++;
        }
        if (accepted == 0)
            return false;
        var term = company && accepted == 9 ? "0" + new string(digits[..9]) : new string(digits[..accepted]);
        _next = acceptedEnd;
        token = new Token(term, start, acceptedEnd, ++_position, IsKeyword: true);
        return true;
    }

    private static bool IsNumber(ReadOnlySpan<char> digits, bool company, bool international, int groups,
        ReadOnlySpan<int> groupLengths, bool dotted)
    {
        if (company)
            return digits.Length == 10 || (digits.Length == 9 && digits[0] != '0');
        if (digits.Length is not (9 or 10))
            return false;
        // National phone numbers and company numbers start with 0 (zone or mobile prefix after it).
        if (digits[0] == '0')
            return digits[1] != '0';
        // Newer company numbers start with 1; only their dotted 4.3.3 spelling is unambiguous.
        return !international && digits.Length == 10 && groups == 3 && dotted
            && groupLengths[0] == 4 && groupLengths[1] == 3 && groupLengths[2] == 3;
    }

    private bool TryAddress(int start, out Token token)
    {
        token = default;
        var text = Text;
        var i = start;
        int at = -1, dots = 0;
        while (i < text.Length)
        {
            var width = WordCharWidth(text, i);
            if (width > 0)
            {
                i += width;
                continue;
            }
            var c = text[i];
            if ((c is '.' or '-' or '_' || (c == '@' && at < 0)) && i + 1 < text.Length && WordCharWidth(text, i + 1) > 0)
            {
                // Only the dots of the domain count: those of an address's local part do not.
                if (c == '@') { at = i; dots = 0; }
                else if (c == '.') dots++;
                i++;
                continue;
            }
            break;
        }
        if (dots == 0)
            return false;
        var domain = text.AsSpan(at >= 0 ? at + 1 : start, i - (at >= 0 ? at + 1 : start));
        var lastDot = domain.LastIndexOf('.');
        if (lastDot <= 0)
            return false;
        var topLevel = domain[(lastDot + 1)..];
        if (topLevel.Length < 2 || !IsAsciiLetters(topLevel))
            return false;
        var isWeb = at < 0;
        if (isWeb && !KnownTopLevelDomains.GetAlternateLookup<ReadOnlySpan<char>>().Contains(topLevel)
            && !domain.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            return false;
        var position = ++_position;
        token = new Token(text[start..i], start, i, position, IsKeyword: true);
        _next = i;
        QueueParts(start, i - topLevel.Length - 1, position);
        return true;
    }

    // The words of an address ("cpas", "schaerbeek"), at the address's position; "www" and the
    // top-level domain say nothing about the listing.
    private void QueueParts(int start, int end, int position)
    {
        var text = Text;
        var i = start;
        while (i < end)
        {
            var partStart = i;
            while (i < end && WordCharWidth(text, i) is var w and > 0) i += w;
            if (i > partStart && !text.AsSpan(partStart, i - partStart).Equals("www", StringComparison.OrdinalIgnoreCase))
                (_pending ??= new Queue<Token>()).Enqueue(new Token(text[partStart..i], partStart, i, position));
            i++;
        }
    }

    private static bool IsAsciiLetters(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiLetter(c))
                return false;
        }
        return true;
    }

    /// <summary>1 or 2 (a surrogate pair) when a letter, mark or digit starts at <paramref name="i"/>, else 0.</summary>
    internal static int WordCharWidth(string s, int i)
    {
        var c = s[i];
        if (c < 0x80)
            return char.IsAsciiLetterOrDigit(c) ? 1 : 0;
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]))
                return 0;
            return IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, s[i + 1]))) ? 2 : 0;
        }
        return IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(c)) ? 1 : 0;
    }

    // Letters (Lu Ll Lt Lm Lo), marks (Mn Mc Me), decimal digits and letter numbers: the first ten categories.
    private static bool IsWordCategory(UnicodeCategory category) => (int)category <= (int)UnicodeCategory.LetterNumber;
}
