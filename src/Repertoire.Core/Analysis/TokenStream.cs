namespace Repertoire.Core.Analysis;

/// <summary>A pull stream of tokens: a tokenizer at the source, then filters, each reading the one before.</summary>
/// <remarks>A stream is built for one text and read once, by one thread.</remarks>
public abstract class TokenStream
{
    /// <summary>Reads the next token; returns false once the stream is exhausted.</summary>
    public abstract bool TryNext(out Token token);
}
