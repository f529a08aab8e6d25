using Repertoire.Core.Analysis.Common;

namespace Repertoire.Core.Analysis.Fr;

/// <summary>
/// The French chain: <see cref="StandardTokenizer"/> (apostrophes kept inside words) → <see cref="ElisionFilter"/>
/// → <see cref="LowerCaseFilter"/> → <see cref="StopFilter"/> (Snowball list) → <see cref="KeywordMarkerFilter"/>
/// (protected words) → <see cref="FrenchStemFilter"/> (Snowball French) → <see cref="AsciiFoldingFilter"/>.
/// Terms are lower-case ASCII-folded stems, so "sante mentale" finds "santé mentale".
/// </summary>
/// <remarks>Immutable after construction; share one instance across threads.</remarks>
public sealed class FrenchAnalyzer : Analyzer
{
    private static readonly Lazy<WordSet> DefaultStopWords =
        new(() => WordLists.SurfaceForms(WordLists.Embedded("Fr/stopwords.txt")));

    private readonly WordSet _protectedWords;

    /// <summary>Creates the analyzer with the embedded word lists only.</summary>
    public FrenchAnalyzer() : this(new AnalyzerOptions())
    {
    }

    /// <summary>Creates the analyzer with the embedded word lists plus those of <paramref name="options"/>.</summary>
    public FrenchAnalyzer(AnalyzerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _protectedWords = ProtectedWords.Build(options);
    }

    /// <summary>The Snowball French stop list (154 words), lower-cased, with accent-folded variants.</summary>
    public static WordSet StopWords => DefaultStopWords.Value;

    /// <inheritdoc />
    protected override Tokenizer CreateTokenizer(string text) => new StandardTokenizer(text, keepApostrophes: true);

    /// <inheritdoc />
    protected override TokenStream CreateChain(Tokenizer source)
    {
        TokenStream stream = new ElisionFilter(source, ElisionFilter.FrenchArticles);
        stream = new LowerCaseFilter(stream);
        // Stop before stem: the stop list holds surface forms, not stems.
        stream = new StopFilter(stream, StopWords);
        stream = new KeywordMarkerFilter(stream, _protectedWords);
        stream = new FrenchStemFilter(stream);
        // Snowball needs the accents, so fold only after stemming.
        return new AsciiFoldingFilter(stream);
    }
}
