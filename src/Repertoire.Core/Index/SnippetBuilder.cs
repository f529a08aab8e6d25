using System.Text;
using Repertoire.Core.Analysis;
using Repertoire.Core.Analysis.Common;
using Repertoire.Core.Content;
using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>
/// Cuts the snippet of a result from the original description text in the interface language (else the
/// other one): the window holding the most matched words, HTML-escaped, with <c>&lt;mark&gt;</c> around the
/// words the query matched, found with the analyzer's token offsets. Each description is analysed once, on
/// first use.
/// </summary>
internal sealed class SnippetBuilder
{
    /// <summary>The snippet length aimed at, in characters.</summary>
    public const int Length = 220;

    private readonly ListingTable _table;
    private readonly AnalyzerSet _analyzers;
    private readonly Source?[][] _sources;

    public SnippetBuilder(ListingTable table, AnalyzerSet analyzers)
    {
        _table = table;
        _analyzers = analyzers;
        _sources = [new Source?[table.Count], new Source?[table.Count]];
    }

    public string Build(int row, Language language, QueryPlan plan)
    {
        var listing = _table.Listings[row];
        var shown = listing.Description.In(language) is not null ? language : language.Other();
        var source = SourceOf(row, shown);
        if (source.Text.Length == 0) return "";
        var l = (int)shown;
        var marks = new List<(int Start, int End)>();
        foreach (var token in source.Tokens)
        {
            if (plan.Units.Any(u => u.Terms[l].Contains(token.Term) || (u.Prefix is { } p && StartsWith(source.Text, token, p))))
            {
                if (marks.Count > 0 && token.StartOffset < marks[^1].End)
                    marks[^1] = (marks[^1].Start, Math.Max(marks[^1].End, token.EndOffset));
                else marks.Add((token.StartOffset, token.EndOffset));
            }
        }
        var (from, to) = Window(source.Text, marks);
        var html = new StringBuilder(to - from + 64);
        if (from > 0) html.Append("… ");
        var at = from;
        foreach (var (start, end) in marks)
        {
            if (start < at || end > to) continue;
            html.Append(Escape(source.Text[at..start])).Append("<mark>")
                .Append(Escape(source.Text[start..end])).Append("</mark>");
            at = end;
        }
        html.Append(Escape(source.Text[at..to]));
        if (to < source.Text.Length) html.Append(" …");
        return html.ToString();
    }

    // The window of about Length characters with the most marks, starting a little before its first mark and
    // cut at spaces.
    private static (int From, int To) Window(string text, List<(int Start, int End)> marks)
    {
        if (text.Length <= Length) return (0, text.Length);
        var best = 0;
        var bestCount = -1;
        for (var i = 0; i < marks.Count; i++)
        {
            var count = 0;
            for (var j = i; j < marks.Count && marks[j].End <= marks[i].Start + Length - 40; j++) count++;
            if (count > bestCount) (best, bestCount) = (i, count);
        }
        var from = marks.Count == 0 || marks[best].Start < 60 ? 0 : WordStart(text, marks[best].Start - 40);
        var to = Math.Min(text.Length, from + Length);
        if (to < text.Length)
        {
            var space = text.LastIndexOf(' ', to, to - from);
            if (space > from + Length / 2) to = space;
        }
        return (from, to);
    }

    // Only the five characters that matter in HTML text and attributes: accents stay readable.
    private static string Escape(string text)
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

    private static int WordStart(string text, int at)
    {
        var space = text.IndexOf(' ', Math.Max(0, at));
        return space < 0 ? at : space + 1;
    }

    private static bool StartsWith(string text, Token token, string prefix)
    {
        var length = token.EndOffset - token.StartOffset;
        if (length < prefix.Length) return false;
        return AsciiFolder.Fold(text.Substring(token.StartOffset, length).ToLowerInvariant()).StartsWith(prefix, StringComparison.Ordinal);
    }

    private Source SourceOf(int row, Language language)
    {
        var slot = _sources[(int)language];
        if (Volatile.Read(ref slot[row]) is { } cached) return cached;
        var text = CollapseSpaces(MarkdownRenderer.ToPlainText(_table.Listings[row].Description.In(language)));
        var source = new Source(text, text.Length == 0 ? [] : [.. _analyzers.For(language).Analyze(text)]);
        Volatile.Write(ref slot[row], source);
        return source;
    }

    private static string CollapseSpaces(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { if (result.Length > 0 && result[^1] != ' ') result.Append(' '); }
            else result.Append(c);
        }
        return result.ToString().TrimEnd();
    }

    private sealed record Source(string Text, Token[] Tokens);
}
