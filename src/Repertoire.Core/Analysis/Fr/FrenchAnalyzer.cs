using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Repertoire.Core.Analysis.Common;

namespace Repertoire.Core.Analysis.Fr;

/// <summary>
/// The French chain, assembled from Lucene's parts: StandardTokenizer → ElisionFilter → LowerCaseFilter →
/// StopFilter (Snowball list, with unaccented spellings) → SetKeywordMarkerFilter (protected words) →
/// ASCIIFoldingFilter keeping the original → SnowballFilter (French) → ASCIIFoldingFilter →
/// RemoveDuplicatesTokenFilter. Terms are lower-case ASCII-folded stems.
/// </summary>
/// <remarks>
/// Snowball French rather than Lucene's default FrenchLightStemFilter: on our judged queries the light stemmer
/// leaves plural and feminine forms of the sector's words apart ("médicales"/"médical", "infirmières"/"infirmier")
/// that Snowball brings together, and Snowball's older suffix rules only differ on rare words (ï/ë).
/// Immutable after construction; Lucene reuses its components per thread, so one instance serves all threads.
/// </remarks>
public sealed class FrenchAnalyzer : Analyzer
{
    private static readonly Lazy<CharArraySet> DefaultStopWords = new(() =>
        new CharArraySet(LuceneVersions.Current, WordLists.SurfaceForms(WordLists.Embedded("Fr/stopwords.txt")), ignoreCase: false).AsReadOnly());

    /// <summary>The articles ElisionFilter removes before an apostrophe ("l'aide", "qu'il", "jusqu'à").</summary>
    private static readonly CharArraySet Articles = new CharArraySet(LuceneVersions.Current,
        ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"], ignoreCase: true).AsReadOnly();

    private readonly CharArraySet _protectedWords;

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

    /// <summary>The Snowball French stop list, lower-cased, with accent-folded variants.</summary>
    public static CharArraySet StopWords => DefaultStopWords.Value;

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersions.Current, reader);
        TokenStream stream = new ElisionFilter(source, Articles);
        stream = new LowerCaseFilter(LuceneVersions.Current, stream);
        // Stop before stem: the stop list holds surface forms, not stems.
        stream = new StopFilter(LuceneVersions.Current, stream, StopWords);
        stream = new SetKeywordMarkerFilter(stream, _protectedWords);
        // Snowball needs the accents, and a word typed without them ("securite") stems differently from the
        // written one ("sécurité" → "sécur", "securite" → "securit"): stem both spellings, at the same position.
        stream = new ASCIIFoldingFilter(stream, preserveOriginal: true);
        stream = new SnowballFilter(stream, new Lucene.Net.Tartarus.Snowball.Ext.FrenchStemmer());
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(source, new RemoveDuplicatesTokenFilter(stream));
    }
}
