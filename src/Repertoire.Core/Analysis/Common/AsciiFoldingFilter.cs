namespace Repertoire.Core.Analysis.Common;

/// <summary>Folds each term to ASCII with <see cref="AsciiFolder"/> (keywords too: folding is not stemming).</summary>
public sealed class AsciiFoldingFilter(TokenStream input) : TokenFilter(input)
{
    /// <inheritdoc />
    public override bool TryNext(out Token token)
    {
        if (!Input.TryNext(out token))
            return false;
        var folded = AsciiFolder.Fold(token.Term);
        if (!ReferenceEquals(folded, token.Term))
            token = token with { Term = folded };
        return true;
    }
}
