using Repertoire.Core.Analysis.Common;

namespace Repertoire.Core.Analysis.Nl;

/// <summary>
/// Splits a Dutch compound into known words, allowing the linking morphemes -s-, -e-, -en- and -er- between
/// parts: <c>schuldbemiddeling</c> → schuld + bemiddeling, <c>gezondheidszorg</c> → gezondheid + zorg,
/// <c>kinderopvang</c> → kind + opvang. Parts have at least <see cref="MinPartLength"/> letters; the split
/// with the fewest parts wins. Works on strings only; thread-safe.
/// </summary>
public sealed class DutchCompoundSplitter
{
    /// <summary>The shortest part a compound is split into.</summary>
    public const int MinPartLength = 4;

    private const int MaxWordLength = 64;
    private static readonly string[] Linkers = ["s", "e", "en", "er"];

    private readonly WordSet _words;
    private readonly HashSet<ulong> _heads = [];

    /// <summary>Creates a splitter over known words (lower-cased, accent-folded; shorter ones are ignored).</summary>
    public DutchCompoundSplitter(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var kept = new List<string>();
        foreach (var word in words)
        {
            if (word.Length < MinPartLength || word.Length > MaxWordLength)
                continue;
            kept.Add(word);
            _heads.Add(Head(word));
        }
        _words = new WordSet(kept);
    }

    /// <summary>Number of known words.</summary>
    public int Count => _words.Count;

    /// <summary>
    /// Splits <paramref name="word"/> (lower-cased, accent-folded) into at least two known parts, written to
    /// <paramref name="parts"/> as ranges of the word (linking morphemes excluded); returns the number of
    /// parts, or 0 when the word is no compound of known words. <paramref name="parts"/> needs room for
    /// <c>word.Length / MinPartLength</c> ranges.
    /// </summary>
    public int Split(ReadOnlySpan<char> word, Span<Range> parts)
    {
        var n = word.Length;
        if (n < 2 * MinPartLength || n > MaxWordLength || _words.Count == 0)
            return 0;
        Span<byte> count = stackalloc byte[n + 1];
        Span<byte> partStart = stackalloc byte[n + 1];
        Span<byte> partEnd = stackalloc byte[n + 1];
        count.Fill(byte.MaxValue);
        count[0] = 0;
        for (var i = 0; i <= n - MinPartLength; i++)
        {
            if (count[i] == byte.MaxValue || !_heads.Contains(Head(word[i..])))
                continue;
            var next = (byte)(count[i] + 1);
            var last = Math.Min(n, i + _words.MaxLength);
            for (var j = i + MinPartLength; j <= last; j++)
            {
                if ((i == 0 && j == n) || !_words.Contains(word[i..j]))
                    continue;
                Relax(j, n, next, i, j, count, partStart, partEnd);
                if (j == n)
                    continue;
                foreach (var linker in Linkers)
                {
                    // A linking morpheme always has a part after it: "schulden" is no schuld + en.
                    if (word[j..].StartsWith(linker) && j + linker.Length < n)
                        Relax(j + linker.Length, n, next, i, j, count, partStart, partEnd);
                }
            }
        }
        if (count[n] == byte.MaxValue)
            return 0;
        var total = count[n];
        for (int at = n, k = total - 1; at > 0; at = partStart[at], k--)
            parts[k] = new Range(partStart[at], partEnd[at]);
        return total;
    }

    private static void Relax(int at, int n, byte next, int start, int end, Span<byte> count, Span<byte> partStart,
        Span<byte> partEnd)
    {
        // Another part must still fit after a split point. On a tie the later split wins: it has the
        // longer part (kinder + opvang rather than kind + er + opvang).
        if ((at == n || at <= n - MinPartLength) && next <= count[at])
        {
            count[at] = next;
            partStart[at] = (byte)start;
            partEnd[at] = (byte)end;
        }
    }

    private static ulong Head(ReadOnlySpan<char> word) =>
        word[0] | ((ulong)word[1] << 16) | ((ulong)word[2] << 32) | ((ulong)word[3] << 48);
}
