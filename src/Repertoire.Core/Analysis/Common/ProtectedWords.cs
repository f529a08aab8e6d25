using Lucene.Net.Analysis.Util;

namespace Repertoire.Core.Analysis.Common;

/// <summary>The protected-word set both analyzers use: the embedded list plus the options' words.</summary>
internal static class ProtectedWords
{
    private static readonly Lazy<IReadOnlyCollection<string>> Defaults =
        new(() => WordLists.TokenizedWords(WordLists.Embedded("Common/protected_words.txt")));

    /// <summary>The words as a Lucene set for <c>SetKeywordMarkerFilter</c> (lower-case: it runs after lower-casing).</summary>
    public static CharArraySet Build(AnalyzerOptions options)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (options.UseDefaultWordLists)
            words.UnionWith(Defaults.Value);
        if (options.ProtectedWords is { } extra)
            words.UnionWith(WordLists.TokenizedWords(extra));
        return new CharArraySet(LuceneVersions.Current, words, ignoreCase: false).AsReadOnly();
    }
}
