namespace Repertoire.Core.Analysis;

/// <summary>Word lists an analyzer adds to its embedded defaults.</summary>
public sealed class AnalyzerOptions
{
    /// <summary>
    /// Words never stemmed nor split (acronyms, commune names), in addition to the embedded
    /// <c>Analysis/Common/protected_words.txt</c>. Entries may be phrases ("Saint-Gilles"): each word counts.
    /// </summary>
    public IEnumerable<string>? ProtectedWords { get; init; }

    /// <summary>
    /// Known words that Dutch compounds are split into (the content's vocabulary, taxonomy labels), in addition
    /// to the embedded <c>Analysis/Nl/compound_words.txt</c>. Entries may be phrases; stop words and words
    /// shorter than four letters are ignored. The French analyzer does not split compounds.
    /// </summary>
    public IEnumerable<string>? CompoundDictionary { get; init; }

    /// <summary>Whether the embedded protected-word and compound lists are used. Defaults to <c>true</c>.</summary>
    public bool UseDefaultWordLists { get; init; } = true;
}
