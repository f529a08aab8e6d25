using System.Globalization;
using System.Text;

namespace Repertoire.Core.Common;

/// <summary>
/// The one text folder for comparisons outside the search analysis (which folds inside its token chain with Lucene's
/// ASCIIFoldingFilter): alignment keys, suggestion keys, needs-watch texts, page-side matching. French and Dutch
/// spellings of a word compare equal once folded.
/// </summary>
public static class TextFolder
{
    /// <summary>Lower-cases, removes diacritics and ligatures (œ→oe, æ→ae, ß→ss), and turns every character that is
    /// not a letter or digit into a space (apostrophes and hyphens included), collapsing runs of spaces and trimming:
    /// "L'Épicerie-sociale" → "l epicerie sociale".</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0) builder.Append(' ');
                pendingSpace = false;
                switch (c)
                {
                    case 'œ' or 'Œ': builder.Append("oe"); break;
                    case 'æ' or 'Æ': builder.Append("ae"); break;
                    case 'ß': builder.Append("ss"); break;
                    default: builder.Append(char.ToLowerInvariant(c)); break;
                }
            }
            else
            {
                pendingSpace = true;
            }
        }
        return builder.ToString();
    }

    /// <summary>The folded words of a text.</summary>
    public static string[] Tokens(string? text) =>
        Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
