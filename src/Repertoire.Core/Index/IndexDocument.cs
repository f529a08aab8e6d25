using Repertoire.Core.Analysis;
using Repertoire.Core.Analysis.Common;
using Repertoire.Core.Content;
using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>One listing as the index stores it: the analysed terms of each column, and the words it uses.</summary>
internal sealed class IndexDocument
{
    private IndexDocument(string[] columns, HashSet<string> words, HashSet<string>[] terms)
    {
        Columns = columns;
        Words = words;
        Terms = terms;
    }

    /// <summary>Space-separated analysed terms, in <see cref="IndexSchema"/> column order.</summary>
    public string[] Columns { get; }

    /// <summary>The surface words (lower-case, folded) of all its text, for the fuzzy dictionary.</summary>
    public HashSet<string> Words { get; }

    /// <summary>The distinct terms per language (index 0 French, 1 Dutch).</summary>
    public HashSet<string>[] Terms { get; }

    /// <summary>Analyses one listing.</summary>
    public static IndexDocument Create(Organisation listing, AnalyzerSet analyzers, TaxonomyExpander taxonomy)
    {
        var fields = IndexSchema.Fields.Count;
        var columns = new string[fields * 2];
        var words = new HashSet<string>(StringComparer.Ordinal);
        var terms = new[] { new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal) };
        foreach (var language in LanguageExtensions.All)
        {
            var analyzer = analyzers.For(language);
            var languageTerms = terms[(int)language];
            foreach (var field in IndexSchema.Fields)
            {
                var text = field switch
                {
                    IndexField.Name => listing.Name.In(language) ?? "",
                    IndexField.AltNames => string.Join(" . ", listing.AltNames.In(language)),
                    IndexField.Taxonomy => taxonomy.OwnTerms(listing, language),
                    IndexField.BroaderTaxonomy => taxonomy.BroaderTerms(listing, language),
                    _ => MarkdownRenderer.ToPlainText(listing.Description.In(language)) + " . " + listing.Audience.In(language),
                };
                columns[IndexSchema.ColumnIndex(field, language)] = Analyze(analyzer, text, words, languageTerms);
            }
        }
        return new IndexDocument(columns, words, terms);
    }

    private static string Analyze(Analyzer analyzer, string text, HashSet<string> words, HashSet<string> terms)
    {
        if (text.Length == 0) return "";
        var tokens = analyzer.Analyze(text);
        var joined = new System.Text.StringBuilder(text.Length);
        foreach (var token in tokens)
        {
            if (joined.Length > 0) joined.Append(' ');
            joined.Append(token.Term);
            terms.Add(token.Term);
            if (SurfaceWord(text, token) is { } word) words.Add(word);
        }
        return joined.ToString();
    }

    /// <summary>The word the user would type for a token: its original text, lower-cased and folded; null for numbers and addresses.</summary>
    internal static string? SurfaceWord(string text, Token token)
    {
        var length = token.EndOffset - token.StartOffset;
        if (length < 2 || token.EndOffset > text.Length) return null;
        var span = text.AsSpan(token.StartOffset, length);
        foreach (var c in span)
        {
            if (!char.IsLetter(c)) return null;
        }
        return AsciiFolder.Fold(span.ToString().ToLowerInvariant());
    }
}
