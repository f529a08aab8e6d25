using Repertoire.Core.Analysis;
using Repertoire.Core.Analysis.Common;
using Repertoire.Core.Content;
using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>One listing as the index stores it: the analysed terms of each column, and the words it uses.</summary>
internal sealed class IndexDocument
{
    private IndexDocument(string[] columns, int[] lengths, HashSet<string> words, HashSet<string>[] terms)
    {
        Columns = columns;
        Lengths = lengths;
        Words = words;
        Terms = terms;
    }

    /// <summary>Space-separated analysed terms, in <see cref="IndexSchema"/> table order.</summary>
    public string[] Columns { get; }

    /// <summary>The number of terms of each field, in table order.</summary>
    public int[] Lengths { get; }

    /// <summary>The surface words (lower-case, folded) of all its text, for the fuzzy dictionary.</summary>
    public HashSet<string> Words { get; }

    /// <summary>The distinct terms per language (index 0 French, 1 Dutch).</summary>
    public HashSet<string>[] Terms { get; }

    /// <summary>Analyses one listing.</summary>
    /// <param name="analysedTerms">Each taxonomy term's analysed label and synonyms per language, analysed once for all listings.</param>
    public static IndexDocument Create(Organisation listing, AnalyzerSet analyzers, TaxonomyExpander taxonomy,
        IReadOnlyDictionary<(TaxonomyTerm Term, Language Language), AnalysedText> analysedTerms)
    {
        var columns = new string[IndexSchema.TableCount];
        var lengths = new int[IndexSchema.TableCount];
        var words = new HashSet<string>(StringComparer.Ordinal);
        var terms = new[] { new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal) };
        foreach (var language in LanguageExtensions.All)
        {
            var analyzer = analyzers.For(language);
            var languageTerms = terms[(int)language];
            foreach (var field in IndexSchema.Fields)
            {
                var table = IndexSchema.TableIndex(field, language);
                if (field is IndexField.Taxonomy or IndexField.BroaderTaxonomy)
                {
                    var parts = (field == IndexField.Taxonomy ? taxonomy.OwnTerms(listing) : taxonomy.BroaderTerms(listing))
                        .Select(t => analysedTerms[(t, language)]).ToList();
                    columns[table] = string.Join(' ', parts.Select(p => p.Terms).Where(t => t.Length > 0));
                    lengths[table] = parts.Sum(p => p.Count);
                    foreach (var part in parts) { words.UnionWith(part.Words); languageTerms.UnionWith(part.TermSet); }
                    continue;
                }
                var text = field switch
                {
                    IndexField.Name => listing.Name.In(language) ?? "",
                    IndexField.AltNames => string.Join(" . ", listing.AltNames.In(language)),
                    _ => MarkdownRenderer.ToPlainText(listing.Description.In(language)) + " . " + listing.Audience.In(language),
                };
                (columns[table], lengths[table]) = Analyze(analyzer, text, words, languageTerms);
            }
        }
        return new IndexDocument(columns, lengths, words, terms);
    }

    /// <summary>Analyses a text once: its terms (space-separated), their number, its surface words and distinct terms.</summary>
    public static AnalysedText AnalyseText(Analyzer analyzer, string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var (joined, count) = Analyze(analyzer, text, words, terms);
        return new AnalysedText(joined, count, [.. words], [.. terms]);
    }

    private static (string, int) Analyze(Analyzer analyzer, string text, HashSet<string> words, HashSet<string> terms)
    {
        if (text.Length == 0) return ("", 0);
        var tokens = analyzer.Analyze(text);
        var joined = new System.Text.StringBuilder(text.Length);
        foreach (var token in tokens)
        {
            if (joined.Length > 0) joined.Append(' ');
            joined.Append(token.Term);
            terms.Add(token.Term);
            if (SurfaceWord(text, token) is { } word) words.Add(word);
        }
        return (joined.ToString(), tokens.Count);
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

/// <summary>A text analysed once and reused by every listing that includes it (taxonomy labels and synonyms).</summary>
internal sealed record AnalysedText(string Terms, int Count, string[] Words, string[] TermSet);
