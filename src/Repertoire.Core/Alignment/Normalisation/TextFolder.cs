using System.Globalization;
using System.Text;

namespace Repertoire.Core.Alignment.Normalisation;

/// <summary>Folds case, accents and typographic punctuation so that French and Dutch spellings compare equal.</summary>
public static class TextFolder
{
    /// <summary>Lower-cases, removes diacritics and ligatures, and turns every non letter-or-digit into a space
    /// (apostrophes included), collapsing runs of spaces.</summary>
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

    /// <summary>Splits folded text into its space-separated tokens.</summary>
    public static string[] Tokens(string? text) =>
        Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
