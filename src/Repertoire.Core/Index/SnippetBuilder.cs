using System.Text;
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

    public SnippetBuilder(AnalyzerSet analyzers, QueryPlan plan)
    {
        _analyzers = analyzers;
        _plan = plan;
    }

    public string Build(Organisation listing, Language language)
    {
        var shown = listing.Description.In(language) is not null ? language : language.Other();
        var text = ListingFields.DescriptionText(listing, shown);
        if (text.Length == 0) return "";
        if (HighlighterFor(shown) is { } highlighter)
        {
            using var tokens = _analyzers.For(shown).GetTokenStream(ListingFields.Text("descr", shown), text);
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
