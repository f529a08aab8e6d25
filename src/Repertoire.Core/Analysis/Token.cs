namespace Repertoire.Core.Analysis;

/// <summary>One term produced by an analyzer, with where it came from in the original text.</summary>
/// <param name="Term">The term as the index stores it (after every filter of the chain).</param>
/// <param name="StartOffset">Index of the token's first character in the original input text.</param>
/// <param name="EndOffset">Index just after the token's last character in the original input text.</param>
/// <param name="Position">
/// Ordinal of the token in the text; removed stop words leave gaps, and the parts of a compound,
/// e-mail address or web domain share the position of the whole.
/// </param>
/// <param name="IsKeyword">True for protected words (and whole addresses and numbers): never stemmed nor split.</param>
public readonly record struct Token(string Term, int StartOffset, int EndOffset, int Position, bool IsKeyword = false);
