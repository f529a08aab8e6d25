using System.Globalization;
using System.Text;

namespace Repertoire.Web.Pages.Shared;

/// <summary>Lower-case, accent-free text for the page's own small comparisons (not the search index's analysis).</summary>
public static class TextFolding
{
    /// <summary>"Épicerie" → "epicerie".</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(char.ToLowerInvariant(c));
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The folded words of a text, three letters or longer.</summary>
    public static IReadOnlyList<string> Words(string? text) =>
        string.IsNullOrWhiteSpace(text) ? []
        : Fold(text).Split((char[])[' ', '\'', '’', '-', ',', '.', ';', ':', '/', '(', ')', '"'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 3).Distinct().ToList();
}
