using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>
/// Cuts the snippet of a result with Lucene.Net.Highlighter: the fragment of the description (in the interface
/// language, else the other one) holding the most words the query matched, HTML-escaped, with
/// <c>&lt;mark&gt;</c> around them. Matching is by analysed term (<see cref="QueryTermScorer"/> over the
/// query's terms, corrections and completions included), so the highlighter never rewrites a prefix or fuzzy
/// query per document; only the results shown are highlighted.
/// </summary>
internal sealed class SnippetBuilder
{
    /// <summary>The snippet length aimed at, in characters.</summary>
    public const int Length = 220;

    private readonly AnalyzerSet _analyzers;
    private readonly QueryPlan _plan;
    private readonly Highlighter?[] _highlighters = new Highlighter?[2];
    private VectorTokenStream? _vectorTokens;

    public SnippetBuilder(AnalyzerSet analyzers, QueryPlan plan)
    {
        _analyzers = analyzers;
        _plan = plan;
    }

    /// <summary>
    /// The snippet of <paramref name="listing"/>. With <paramref name="view"/> (the view holding document
    /// <paramref name="doc"/>, written from this very listing), the words are found in the document's term vector;
    /// without, by analysing the description again.
    /// </summary>
    internal string Build(Organisation listing, Language language, ListingSearcher? view = null, int doc = -1)
    {
        var shown = listing.Description.In(language) is not null ? language : language.Other();
        var text = ListingFields.DescriptionText(listing, shown);
        if (text.Length == 0) return "";
        if (HighlighterFor(shown) is { } highlighter)
        {
            var field = ListingFields.Text("descr", shown);
            using var analysed = view is not null && FromVector(view, doc, field, text.Length) ? null
                : _analyzers.For(shown).GetTokenStream(field, text);
            var tokens = analysed ?? _vectorTokens!;
            var fragment = highlighter.GetBestTextFragments(tokens, text, false, 1).FirstOrDefault(f => f is not null && f.Score > 0);
            if (fragment is not null)
            {
                var html = fragment.ToString().Trim();
                // The fragment's own text tells where it lies: the highlighter does not expose its offsets.
                var plain = System.Net.WebUtility.HtmlDecode(html.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal));
                return (text.StartsWith(plain, StringComparison.Ordinal) ? "" : "… ") + html
                    + (text.EndsWith(plain, StringComparison.Ordinal) ? "" : " …");
            }
        }
        // No word of the query in the description (it matched the name or the taxonomy): its beginning.
        var end = text.Length <= Length ? text.Length : text.LastIndexOf(' ', Length) is var space and > Length / 2 ? space : Length;
        return HtmlText.Encode(text[..end]) + (end < text.Length ? " …" : "");
    }

    // Loads the document's description terms into the reused token stream (making a token stream's attributes takes a
    // lock in Lucene.Net).
    private bool FromVector(ListingSearcher searcher, int doc, string field, int length)
    {
        if (searcher.DescriptionTerms(doc, field) is not { } terms) return false;
        (_vectorTokens ??= new VectorTokenStream()).Load(terms, length);
        return true;
    }

    /// <summary>Description terms (<see cref="ListingSearcher.DescriptionTerms"/>) as a token stream.</summary>
    private sealed class VectorTokenStream : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private readonly IPositionIncrementAttribute _position;
        private ListingSearcher.DescriptionTerm[] _tokens = [];
        private int _count;
        private int _next;

        public VectorTokenStream()
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
            _position = AddAttribute<IPositionIncrementAttribute>();
        }

        // The field indexes the description followed by the audience: only the description's terms are kept.
        public void Load(ListingSearcher.DescriptionTerm[] tokens, int length)
        {
            _tokens = tokens;
            _count = 0;
            while (_count < tokens.Length && tokens[_count].End <= length) _count++;
            _next = 0;
        }

        public override bool IncrementToken()
        {
            if (_next >= _count) return false;
            ClearAttributes();
            var (term, start, end) = _tokens[_next];
            _term.SetEmpty().Append(term);
            _offset.SetOffset(start, end);
            _position.PositionIncrement = _next > 0 && _tokens[_next - 1].Start == start ? 0 : 1;
            _next++;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }
    }

    private Highlighter? HighlighterFor(Language language)
    {
        if (_highlighters[(int)language] is { } built) return built;
        var terms = _plan.Units.SelectMany(u => u.Terms[(int)language]).Distinct(StringComparer.Ordinal)
            .Select(t => new WeightedTerm(1f, t)).ToArray();
        if (terms.Length == 0) return null;
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), HtmlText.Encoder, new QueryTermScorer(terms))
        {
            TextFragmenter = new SimpleFragmenter(Length),
        };
        return _highlighters[(int)language] = highlighter;
    }
}

/// <summary>HTML escaping of snippet text: only the five characters that matter, so accents stay readable.</summary>
internal static class HtmlText
{
    public static IEncoder Encoder { get; } = new FiveCharacterEncoder();

    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var result = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return result.ToString();
    }

    // Lucene's SimpleHTMLEncoder also turns every non-ASCII letter into a numeric entity ("à" → "&#224;").
    private sealed class FiveCharacterEncoder : IEncoder
    {
        public string EncodeText(string originalText) => Encode(originalText);
    }
}
