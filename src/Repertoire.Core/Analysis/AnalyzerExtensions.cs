using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Repertoire.Core.Analysis;

/// <summary>A term of an analysed text with where it came from.</summary>
/// <param name="Position">The token position (parts of a compound share the compound's).</param>
/// <param name="IsKeyword">Whether a keyword filter protected it from stemming.</param>
public readonly record struct AnalysedTerm(string Term, int StartOffset, int EndOffset, int Position, bool IsKeyword = false);

/// <summary>Reads a Lucene analyzer's token stream into a list, for the query plan, snippets and the tools.</summary>
public static class AnalyzerExtensions
{
    /// <summary>The terms of <paramref name="text"/> in order.</summary>
    public static List<AnalysedTerm> Analyze(this Analyzer analyzer, string text, string field = "text")
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var terms = new List<AnalysedTerm>();
        if (string.IsNullOrEmpty(text)) return terms;
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var keyword = stream.AddAttribute<IKeywordAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add(new AnalysedTerm(term.ToString(), offset.StartOffset, offset.EndOffset, Math.Max(0, position), keyword.IsKeyword));
        }
        stream.End();
        return terms;
    }

    /// <summary>The index terms of <paramref name="text"/>, in order.</summary>
    public static IEnumerable<string> Terms(this Analyzer analyzer, string text) => analyzer.Analyze(text).Select(t => t.Term);
}
