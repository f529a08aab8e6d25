namespace Repertoire.Core.Content;

/// <summary>
/// A listing file split into its YAML front matter and its per-language Markdown sections
/// (<c># fr</c> and <c># nl</c> level-1 headings).
/// </summary>
internal sealed record FrontMatterDocument(string Yaml, int YamlFirstLine, string? French, string? Dutch)
{
    /// <summary>Splits a file, or records why it cannot be split.</summary>
    public static FrontMatterDocument? Split(string text, string path, List<ContentProblem> problems)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var first = 0;
        // A byte-order mark or blank lines before the opening fence are harmless.
        while (first < lines.Length && lines[first].Trim('\uFEFF', ' ', '\t').Length == 0) first++;
        if (first >= lines.Length || lines[first].Trim('\uFEFF', ' ', '\t') != "---")
        {
            problems.Add(new ContentProblem(path, first + 1, "-", "missing front matter: the file must start with a '---' line"));
            return null;
        }
        var close = Array.FindIndex(lines, first + 1, l => l.TrimEnd() is "---" or "...");
        if (close < 0)
        {
            problems.Add(new ContentProblem(path, first + 1, "-", "front matter is not closed by a '---' line"));
            return null;
        }
        var yaml = string.Join('\n', lines[(first + 1)..close]);
        string? fr = null, nl = null;
        string? current = null;
        var buffer = new List<string>();
        void Flush()
        {
            var body = string.Join('\n', buffer).Trim('\n', ' ');
            // A repeated section never overwrites the first one.
            if (current == "fr") fr ??= body.Length == 0 ? null : body;
            else if (current == "nl") nl ??= body.Length == 0 ? null : body;
            else if (body.Length > 0)
                problems.Add(new ContentProblem(path, close + 2, "-", "text before the '# fr' or '# nl' heading is ignored", ProblemSeverity.Warning));
            buffer.Clear();
        }
        for (var i = close + 1; i < lines.Length; i++)
        {
            var heading = lines[i].Trim();
            if (heading.Equals("# fr", StringComparison.OrdinalIgnoreCase) || heading.Equals("# nl", StringComparison.OrdinalIgnoreCase))
            {
                var language = heading[2..].ToLowerInvariant();
                Flush();
                if ((language == "fr" && fr is not null) || (language == "nl" && nl is not null))
                    problems.Add(new ContentProblem(path, i + 1, language, $"second '# {language}' section; the first one is kept", ProblemSeverity.Warning));
                current = language;
                continue;
            }
            buffer.Add(lines[i]);
        }
        Flush();
        return new FrontMatterDocument(yaml, first + 2, fr, nl);
    }
}
