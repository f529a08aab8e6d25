namespace Repertoire.Core.Analysis;

/// <summary>The source of a token stream: cuts one text into tokens.</summary>
public abstract class Tokenizer : TokenStream
{
    /// <summary>Creates a tokenizer over <paramref name="text"/>.</summary>
    protected Tokenizer(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>The original text; token offsets point into it.</summary>
    protected string Text { get; }
}
