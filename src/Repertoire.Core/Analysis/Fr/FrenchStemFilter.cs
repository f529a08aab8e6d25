namespace Repertoire.Core.Analysis.Fr;

/// <summary>Replaces each term that is not a keyword by its Snowball French stem.</summary>
public sealed class FrenchStemFilter(TokenStream input) : TokenFilter(input)
{
    /// <inheritdoc />
    public override bool TryNext(out Token token)
    {
        if (!Input.TryNext(out token))
            return false;
        if (!token.IsKeyword)
        {
            var stem = FrenchStemmer.Instance.Stem(token.Term);
            if (!ReferenceEquals(stem, token.Term))
                token = token with { Term = stem };
        }
        return true;
    }
}
