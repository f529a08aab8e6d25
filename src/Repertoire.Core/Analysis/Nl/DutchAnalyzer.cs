using Repertoire.Core.Analysis.Common;

namespace Repertoire.Core.Analysis.Nl;

/// <summary>
/// The Dutch chain: <see cref="StandardTokenizer"/> → <see cref="LowerCaseFilter"/> → <see cref="StopFilter"/>
/// (Snowball list) → <see cref="KeywordMarkerFilter"/> (protected words) → <see cref="DutchCompoundFilter"/>
/// (compound and its parts) → <see cref="DutchStemFilter"/> (Snowball Porter Dutch, with Lucene's overrides)
/// → <see cref="AsciiFoldingFilter"/>. Terms are lower-case ASCII-folded stems.
/// </summary>
/// <remarks>Immutable after construction; share one instance across threads.</remarks>
public sealed class DutchAnalyzer : Analyzer
{
    private static readonly Lazy<WordSet> DefaultStopWords =
        new(() => WordLists.SurfaceForms(WordLists.Embedded("Nl/stopwords.txt")));

    private static readonly Lazy<IReadOnlyCollection<string>> DefaultCompoundWords =
        new(() => WordLists.TokenizedWords(WordLists.Embedded("Nl/compound_words.txt")));

    private readonly WordSet _protectedWords;

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
        words.RemoveWhere(StopWords.Contains);
        Splitter = new DutchCompoundSplitter(words);
    }

    /// <summary>The Snowball Dutch stop list (101 words), lower-cased, with accent-folded variants.</summary>
    public static WordSet StopWords => DefaultStopWords.Value;

    /// <summary>The compound splitter built from the embedded and the given dictionaries.</summary>
    public DutchCompoundSplitter Splitter { get; }

    /// <inheritdoc />
    protected override Tokenizer CreateTokenizer(string text) => new StandardTokenizer(text);

    /// <inheritdoc />
    protected override TokenStream CreateChain(Tokenizer source)
    {
        TokenStream stream = new LowerCaseFilter(source);
        // Stop before stem: the stop list holds surface forms, not stems.
        stream = new StopFilter(stream, StopWords);
        stream = new KeywordMarkerFilter(stream, _protectedWords);
        // Split before stemming: the dictionary holds surface forms; the parts are stemmed like any word.
        stream = new DutchCompoundFilter(stream, Splitter);
        stream = new DutchStemFilter(stream);
        // Porter's Dutch drops diaeresis and acute itself; folding afterwards covers the rest (è, ç, œ).
        return new AsciiFoldingFilter(stream);
    }
}
