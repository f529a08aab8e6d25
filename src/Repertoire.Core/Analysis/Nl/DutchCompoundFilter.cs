using Repertoire.Core.Analysis.Common;

namespace Repertoire.Core.Analysis.Nl;

/// <summary>
/// Keeps each compound and adds its parts after it, at the same position, so that <c>schuld bemiddeling</c>
/// and <c>bemiddeling bij schulden</c> meet <c>schuldbemiddeling</c>. Keywords are never split. Runs before
/// stemming: the dictionary holds surface forms.
/// </summary>
public sealed class DutchCompoundFilter : TokenFilter
{
    private readonly DutchCompoundSplitter _splitter;
    private Queue<Token>? _pending;

    /// <summary>Creates the filter over lower-cased tokens.</summary>
    public DutchCompoundFilter(TokenStream input, DutchCompoundSplitter splitter) : base(input)
    {
        ArgumentNullException.ThrowIfNull(splitter);
        _splitter = splitter;
    }

    /// <inheritdoc />
    public override bool TryNext(out Token token)
    {
        if (_pending is { Count: > 0 })
        {
            token = _pending.Dequeue();
            return true;
        }
        if (!Input.TryNext(out token))
            return false;
        var term = token.Term;
        if (token.IsKeyword || term.Length < 2 * DutchCompoundSplitter.MinPartLength || term.Length > 64)
            return true;
        Span<char> folded = stackalloc char[term.Length];
        for (var i = 0; i < term.Length; i++)
        {
            var c = term[i];
            if (c >= 0x80)
            {
                // Only one-for-one foldings (ë→e) keep the parts aligned with the term.
                var f = AsciiFolder.FoldChar(c);
                if (f is { Length: not 1 })
                    return true;
                c = f?[0] ?? c;
            }
            folded[i] = c;
        }
        Span<Range> parts = stackalloc Range[term.Length / DutchCompoundSplitter.MinPartLength];
        var count = _splitter.Split(folded, parts);
        var aligned = token.EndOffset - token.StartOffset == term.Length;
        for (var k = 0; k < count; k++)
        {
            var (offset, length) = parts[k].GetOffsetAndLength(term.Length);
            (_pending ??= new Queue<Token>()).Enqueue(aligned
                ? new Token(term.Substring(offset, length), token.StartOffset + offset,
                    token.StartOffset + offset + length, token.Position)
                : new Token(term.Substring(offset, length), token.StartOffset, token.EndOffset, token.Position));
        }
        return true;
    }
}
