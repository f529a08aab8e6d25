using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace Repertoire.Core.Analysis.Common;

/// <summary>
/// The words as a user would type them: StandardTokenizer → LowerCaseFilter → ASCIIFoldingFilter, no stop
/// words, no stemming. The index keeps them in one field whose term dictionary is the typo correction's
/// vocabulary; the query plan cuts the typed text the same way.
/// </summary>
public sealed class SurfaceWordAnalyzer : Analyzer
{
    /// <summary>One instance serves all threads.</summary>
    public static SurfaceWordAnalyzer Instance { get; } = new();

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersions.Current, reader);
        TokenStream stream = new LowerCaseFilter(LuceneVersions.Current, source);
        return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
    }
}
