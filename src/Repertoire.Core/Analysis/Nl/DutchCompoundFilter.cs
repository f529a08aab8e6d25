using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Repertoire.Core.Analysis.Nl;

/// <summary>
/// Keeps each compound and adds its parts after it, at the same position, so that <c>schuld bemiddeling</c>
/// and <c>bemiddeling bij schulden</c> meet <c>schuldbemiddeling</c>. Keywords are never split. Runs before
/// stemming: the dictionary holds surface forms. The split itself is <see cref="DutchCompoundSplitter"/>
/// (fewest parts, linking -s-/-e-/-en-/-er-).
/// </summary>
public sealed class DutchCompoundFilter : TokenFilter
{
    private readonly DutchCompoundSplitter _splitter;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly IKeywordAttribute _keyword;
    private readonly Queue<(string Term, int Start, int End)> _pending = new();
    private State? _state;
    // FoldOne's buffers: one character in, at most four out (Lucene's longest folding of one character).
    private readonly char[] _foldInput = new char[1];
    private readonly char[] _foldOutput = new char[4];

    /// <summary>Creates the filter over lower-cased tokens.</summary>
    public DutchCompoundFilter(TokenStream input, DutchCompoundSplitter splitter) : base(input)
    {
        ArgumentNullException.ThrowIfNull(splitter);
        _splitter = splitter;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (_pending.Count > 0)
        {
            RestoreState(_state);
            var (part, start, end) = _pending.Dequeue();
            _term.SetEmpty().Append(part);
            _offset.SetOffset(start, end);
            _position.PositionIncrement = 0;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        if (_keyword.IsKeyword || _term.Length < 2 * DutchCompoundSplitter.MinPartLength || _term.Length > 64) return true;
        var term = _term.ToString();
        Span<char> folded = stackalloc char[term.Length];
        for (var i = 0; i < term.Length; i++)
        {
            var c = term[i];
            // Only one-for-one foldings (ë→e) keep the parts aligned with the term.
            if (c >= 0x80)
            {
                c = FoldOne(c);
                if (c == '\0') return true;
            }
            folded[i] = c;
        }
        Span<Range> parts = stackalloc Range[term.Length / DutchCompoundSplitter.MinPartLength];
        var count = _splitter.Split(folded, parts);
        if (count == 0) return true;
        var (tokenStart, tokenEnd) = (_offset.StartOffset, _offset.EndOffset);
        var aligned = tokenEnd - tokenStart == term.Length;
        for (var k = 0; k < count; k++)
        {
            var (offset, length) = parts[k].GetOffsetAndLength(term.Length);
            _pending.Enqueue(aligned
                ? (term.Substring(offset, length), tokenStart + offset, tokenStart + offset + length)
                : (term.Substring(offset, length), tokenStart, tokenEnd));
        }
        _state = CaptureState();
        return true;
    }

    // The base letter of an accented letter (ë → e) by Lucene's own ASCII folding (the one the analyzers apply
    // after stemming), or '\0' when it does not fold to exactly one ASCII letter (œ → oe would shift the parts).
    private char FoldOne(char c)
    {
        _foldInput[0] = c;
        var length = ASCIIFoldingFilter.FoldToASCII(_foldInput, 0, _foldOutput, 0, 1);
        return length == 1 && char.IsAsciiLetter(_foldOutput[0]) ? _foldOutput[0] : '\0';
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _state = null;
    }
}
