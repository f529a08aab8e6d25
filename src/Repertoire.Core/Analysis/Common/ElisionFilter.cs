namespace Repertoire.Core.Analysis.Common;

/// <summary>
/// Removes an elided article or conjunction before the first apostrophe (<c>'</c> or <c>’</c>) of a term:
/// <c>l'hôpital</c> → <c>hôpital</c>, <c>jusqu’à</c> → <c>à</c>. Case-insensitive, one pass;
/// <c>aujourd'hui</c> stays whole because <c>aujourd</c> is no article.
/// </summary>
public sealed class ElisionFilter : TokenFilter
{
    private readonly WordSet _articles;

    /// <summary>Creates the filter; <paramref name="articles"/> holds lower-cased elided forms without apostrophe.</summary>
    public ElisionFilter(TokenStream input, WordSet articles) : base(input)
    {
        ArgumentNullException.ThrowIfNull(articles);
        _articles = articles;
    }

    /// <summary>Lucene's French list: l m t qu n s j d c jusqu quoiqu lorsqu puisqu.</summary>
    public static WordSet FrenchArticles { get; } =
        new(["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"]);

    /// <inheritdoc />
    public override bool TryNext(out Token token)
    {
        if (!Input.TryNext(out token))
            return false;
        var term = token.Term;
        var apostrophe = term.AsSpan().IndexOfAny('\'', '\u2019');
        if (apostrophe <= 0 || apostrophe == term.Length - 1 || apostrophe > _articles.MaxLength)
            return true;
        Span<char> prefix = stackalloc char[apostrophe];
        term.AsSpan(0, apostrophe).ToLowerInvariant(prefix);
        if (!_articles.Contains(prefix))
            return true;
        var start = token.StartOffset;
        // Offsets move with the term only while the term still mirrors the original text.
        if (token.EndOffset - start == term.Length)
            start += apostrophe + 1;
        token = token with { Term = term[(apostrophe + 1)..], StartOffset = start };
        return true;
    }
}
