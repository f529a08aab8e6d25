using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Repertoire.Core.Analysis.Common;

namespace Repertoire.Core.Analysis.Nl;

/// <summary>
/// The Dutch chain, assembled from Lucene's parts plus our compound splitting: StandardTokenizer →
/// LowerCaseFilter → StopFilter (Snowball list) → SetKeywordMarkerFilter (protected words) →
/// <see cref="DutchCompoundFilter"/> (compound and its parts) → StemmerOverrideFilter (Lucene's overrides) →
/// SnowballFilter (Dutch) → ASCIIFoldingFilter. Terms are lower-case ASCII-folded stems.
/// </summary>
/// <remarks>
/// Lucene's DictionaryCompoundWordTokenFilter emits every dictionary word found inside a compound
/// ("gezondheidszorg" → gezond, heid, zorg, ...), which makes a query word match far too much; ours keeps the
/// split with the fewest parts, linking -s-/-e-/-en- allowed, which our judged queries prefer.
/// Immutable after construction; one instance serves all threads.
/// </remarks>
public sealed class DutchAnalyzer : Analyzer
{
    private static readonly Lazy<CharArraySet> DefaultStopWords = new(() =>
        new CharArraySet(LuceneVersions.Current, WordLists.SurfaceForms(WordLists.Embedded("Nl/stopwords.txt")), ignoreCase: false).AsReadOnly());

    private static readonly Lazy<IReadOnlyCollection<string>> DefaultCompoundWords =
        new(() => WordLists.TokenizedWords(WordLists.Embedded("Nl/compound_words.txt")));

    private static readonly Lazy<StemmerOverrideFilter.StemmerOverrideMap> Overrides = new(LoadOverrides);

    private readonly CharArraySet _protectedWords;

    /// <summary>Creates the analyzer with the embedded word lists only.</summary>
    public DutchAnalyzer() : this(new AnalyzerOptions())
    {
    }

    /// <summary>Creates the analyzer with the embedded word lists plus those of <paramref name="options"/>.</summary>
    public DutchAnalyzer(AnalyzerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _protectedWords = ProtectedWords.Build(options);
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (options.UseDefaultWordLists)
            words.UnionWith(DefaultCompoundWords.Value);
        if (options.CompoundDictionary is { } extra)
            words.UnionWith(WordLists.TokenizedWords(extra));
        words.RemoveWhere(w => StopWords.Contains(w));
        Splitter = new DutchCompoundSplitter(words);
    }

    /// <summary>The Snowball Dutch stop list, lower-cased, with accent-folded variants.</summary>
    public static CharArraySet StopWords => DefaultStopWords.Value;

    /// <summary>The compound splitter built from the embedded and the given dictionaries.</summary>
    public DutchCompoundSplitter Splitter { get; }

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersions.Current, reader);
        TokenStream stream = new LowerCaseFilter(LuceneVersions.Current, source);
        // Stop before stem: the stop list holds surface forms, not stems.
        stream = new StopFilter(LuceneVersions.Current, stream, StopWords);
        stream = new SetKeywordMarkerFilter(stream, _protectedWords);
        // Split before stemming: the dictionary holds surface forms; the parts are stemmed like any word.
        stream = new DutchCompoundFilter(stream, Splitter);
        stream = new StemmerOverrideFilter(stream, Overrides.Value);
        stream = new SnowballFilter(stream, new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer());
        // Snowball's Dutch drops diaeresis and acute itself; folding afterwards covers the rest (è, ç, œ).
        return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
    }

    // Embedded Analysis/Nl/stem_overrides.txt, lines "word stem": Lucene's DutchAnalyzer ships the same ones.
    private static StemmerOverrideFilter.StemmerOverrideMap LoadOverrides()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        foreach (var entry in WordLists.Embedded("Nl/stem_overrides.txt"))
        {
            var parts = entry.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2) builder.Add(parts[0], parts[1]);
        }
        return builder.Build();
    }
}
