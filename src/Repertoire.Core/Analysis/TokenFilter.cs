namespace Repertoire.Core.Analysis;

/// <summary>A token stream that reads another one and changes, drops or adds tokens.</summary>
public abstract class TokenFilter : TokenStream
{
    /// <summary>Creates a filter reading <paramref name="input"/>.</summary>
    protected TokenFilter(TokenStream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Input = input;
    }

    /// <summary>The stream this filter reads.</summary>
    protected TokenStream Input { get; }
}
