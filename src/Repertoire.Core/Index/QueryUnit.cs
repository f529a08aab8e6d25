using System.Text;

namespace Repertoire.Core.Index;

/// <summary>
/// One thing the user typed: a word (with its French and Dutch terms, corrections and, for the last word, its
/// prefix) or a quoted phrase. A listing matches the unit when the French side matches its French columns or
/// the Dutch side its Dutch columns.
/// </summary>
internal sealed class QueryUnit
{
    /// <summary>Where the unit is in the original text.</summary>
    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary>Whether a listing must match it to count as matching the query (stop words in one language are optional).</summary>
    public bool Required { get; set; } = true;

    /// <summary>Per language (0 fr, 1 nl): the FTS5 alternatives, each already quoted (<c>"aid"</c>, <c>"aide"*</c>, <c>("voedsel" AND "hulp")</c>).</summary>
    public List<string>[] Alternatives { get; } = [[], []];

    /// <summary>Per language: the exact terms to mark in snippets.</summary>
    public HashSet<string>[] Terms { get; } = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];

    /// <summary>The folded prefix marked in snippets for the word being typed, or null.</summary>
    public string? Prefix { get; set; }

    /// <summary>The correction proposed for a misspelled word, or null.</summary>
    public string? Correction { get; set; }

    /// <summary>Whether neither language has anything to look for.</summary>
    public bool IsEmpty => Alternatives[0].Count == 0 && Alternatives[1].Count == 0;

    /// <summary>The FTS5 MATCH expression of the unit, with each side limited to its language's columns.</summary>
    public string MatchExpression()
    {
        var text = new StringBuilder();
        for (var language = 0; language < 2; language++)
        {
            if (Alternatives[language].Count == 0) continue;
            if (text.Length > 0) text.Append(" OR ");
            text.Append(IndexSchema.ColumnSet((Records.Language)language)).Append(" : (")
                .AppendJoin(" OR ", Alternatives[language]).Append(')');
        }
        return text.ToString();
    }

    /// <summary>A term as an FTS5 string: always double-quoted, inner quotes doubled, so no user text is ever syntax.</summary>
    public static string Quote(string term) => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
