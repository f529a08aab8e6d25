namespace Repertoire.Core.Analysis.Common;

/// <summary>Cuts text at white space only; the plain source for testing a filter on its own.</summary>
public sealed class WhitespaceTokenizer(string text) : Tokenizer(text)
{
    private int _next;
    private int _position = -1;

    /// <inheritdoc />
    public override bool TryNext(out Token token)
    {
        var text = Text;
        while (_next < text.Length && char.IsWhiteSpace(text[_next])) _next++;
        if (_next == text.Length)
        {
            token = default;
            return false;
        }
        var start = _next;
        while (_next < text.Length && !char.IsWhiteSpace(text[_next])) _next++;
        token = new Token(text[start.._next], start, _next, ++_position);
        return true;
    }
}
