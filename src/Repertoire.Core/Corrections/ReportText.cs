using System.Text;

namespace Repertoire.Core.Corrections;

/// <summary>Cleans what a visitor typed before it is stored: line breaks become <c>\n</c>, other control characters
/// (and lone surrogates) are dropped, the ends are trimmed. The text is then kept as text; it is never HTML.</summary>
public static class ReportText
{
    /// <summary>The cleaned text (empty for null).</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else if (c is '\n' or '\t') builder.Append(c);
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { builder.Append(c).Append(text[++i]); }
            else if (char.IsSurrogate(c) || char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF') continue;
            else builder.Append(c);
        }
        return builder.ToString().Trim();
    }
}
