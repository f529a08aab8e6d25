using Repertoire.Core.Analysis.Common;

namespace Repertoire.Core.Analysis.Fr;

/// <summary>
/// Replaces each term that is not a keyword by its Snowball French stem. For a word written with accents it also
/// gives, at the same position, the stem of the word without its accents when that differs
/// ("infirmières" → <c>infirmi</c> and <c>infirmier</c>): Snowball needs the accents, but people type without them,
/// and the unaccented query word stems to the second form.
/// </summary>
public sealed class FrenchStemFilter(TokenStream input) : TokenFilter(input)
{
    private Token? _pending;

    /// <inheritdoc />
    public override bool TryNext(out Token token)
    {
        if (_pending is { } pending)
        {
            _pending = null;
            token = pending;
            return true;
        }
        if (!Input.TryNext(out token))
            return false;
        if (!token.IsKeyword)
        {
            var stem = FrenchStemmer.Instance.Stem(token.Term);
            if (!IsAscii(token.Term))
            {
                // Departure from plain Snowball, for accent-free queries; the folding filter downstream leaves it as is.
                var unaccented = FrenchStemmer.Instance.Stem(AsciiFolder.Fold(token.Term));
                if (unaccented.Length > 0 && unaccented != AsciiFolder.Fold(stem))
                    _pending = token with { Term = unaccented };
            }
            if (!ReferenceEquals(stem, token.Term))
                token = token with { Term = stem };
        }
        return true;
    }

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
            if (c > 0x7F) return false;
        return true;
    }
}
