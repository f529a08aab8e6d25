namespace Repertoire.Core.Analysis.Common;

/// <summary>Drops terms found in a stop list; the positions of the remaining tokens keep their gaps.</summary>
public sealed class StopFilter : TokenFilter
{
    private readonly WordSet _stopWords;

    /// <summary>Creates the filter; <paramref name="stopWords"/> holds lower-cased surface forms.</summary>
    public StopFilter(TokenStream input, WordSet stopWords) : base(input)
    {
        ArgumentNullException.ThrowIfNull(stopWords);
        _stopWords = stopWords;
    }

    /// <inheritdoc />
    public override bool TryNext(out Token token)
    {
        while (Input.TryNext(out token))
        {
            if (token.IsKeyword || !_stopWords.Contains(token.Term))
                return true;
        }
        return false;
    }
}
