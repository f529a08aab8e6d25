using System.Reflection;
using Repertoire.Core.Common;

namespace Repertoire.Core.Analysis.Common;

/// <summary>
/// Reads the word lists embedded in Repertoire.Core (Snowball format: one entry at the start of a line;
/// text after <c>|</c> or <c>#</c> is a comment; blank lines are skipped).
/// </summary>
public static class WordLists
{
    /// <summary>The entries of an embedded list, by its path under <c>Analysis/</c>, e.g. <c>Fr/stopwords.txt</c>.</summary>
    public static IReadOnlyList<string> Embedded(string path)
    {
        var name = "Repertoire.Core.Analysis." + path.Replace('/', '.');
        using var stream = typeof(WordLists).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"No embedded word list '{name}'.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>The entries of a list in Snowball format, each trimmed, comments removed.</summary>
    public static IReadOnlyList<string> Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var comment = line.IndexOfAny(['|', '#']);
            var entry = (comment >= 0 ? line[..comment] : line).Trim();
            if (entry.Length > 0)
                entries.Add(entry);
        }
        return entries;
    }

    /// <summary>
    /// A lookup set for surface forms: each entry lower-cased, plus its accent-folded form, so that a word
    /// typed without accents is recognised too.
    /// </summary>
    public static HashSet<string> SurfaceForms(IEnumerable<string> entries)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var lower = entry.ToLowerInvariant();
            words.Add(lower);
            words.Add(TextFolder.Fold(lower));
        }
        return words;
    }

    /// <summary>
    /// The words of <paramref name="phrases"/> as the analyzers see them: cut at every character that is not a
    /// letter or digit ("Saint-Gilles" gives two words), lower-cased, each added as is and accent-folded.
    /// </summary>
    public static IReadOnlyCollection<string> TokenizedWords(IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            foreach (var word in phrase.Split(static c => !char.IsLetterOrDigit(c)))
            {
                var lower = word.ToLowerInvariant();
                words.Add(lower);
                words.Add(TextFolder.Fold(lower));
            }
        }
        return words;
    }

    private static IEnumerable<string> Split(this string text, Func<char, bool> isSeparator)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var separator = i == text.Length || isSeparator(text[i]);
            if (!separator && start < 0) start = i;
            else if (separator && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}
