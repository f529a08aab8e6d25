namespace Repertoire.Core.Analysis.Common;

/// <summary>Lower-cases each term (invariant culture).</summary>
public sealed class LowerCaseFilter(TokenStream input) : TokenFilter(input)
{
    /// <inheritdoc />
    public override bool TryNext(out Token token)
    {
        if (!Input.TryNext(out token))
            return false;
        var lower = token.Term.ToLowerInvariant();
        if (!ReferenceEquals(lower, token.Term))
            token = token with { Term = lower };
        return true;
    }
}
