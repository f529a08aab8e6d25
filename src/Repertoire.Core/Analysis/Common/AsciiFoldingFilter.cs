namespace Repertoire.Core.Analysis.Common;

/// <summary>
/// Folds each term to ASCII with <see cref="AsciiFolder"/> (keywords too: folding is not stemming), and drops
/// a token that folds to nothing (a lone combining mark).
/// </summary>
public sealed class AsciiFoldingFilter(TokenStream input) : TokenFilter(input)
{
    /// <inheritdoc />
    public override bool TryNext(out Token token)
    {
        while (Input.TryNext(out token))
        {
            var folded = AsciiFolder.Fold(token.Term);
            if (folded.Length == 0)
                continue;
            if (!ReferenceEquals(folded, token.Term))
                token = token with { Term = folded };
            return true;
        }
        return false;
    }
}
