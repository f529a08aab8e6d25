namespace Repertoire.Core.Analysis.Common;

/// <summary>Marks terms found in a protected-word list as keywords, so that stemmers and splitters leave them alone.</summary>
public sealed class KeywordMarkerFilter : TokenFilter
{
    private readonly WordSet _protectedWords;

    /// <summary>Creates the filter; <paramref name="protectedWords"/> holds lower-cased words.</summary>
    public KeywordMarkerFilter(TokenStream input, WordSet protectedWords) : base(input)
    {
        ArgumentNullException.ThrowIfNull(protectedWords);
        _protectedWords = protectedWords;
    }

    /// <inheritdoc />
    public override bool TryNext(out Token token)
    {
        if (!Input.TryNext(out token))
            return false;
        if (!token.IsKeyword && _protectedWords.Contains(token.Term))
            token = token with { IsKeyword = true };
        return true;
    }
}
