using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Repertoire.Core.Tests.Specs;

/// <summary>
/// Reads a spec file (STYLE.md §3): prose with <c>```` example CHAIN</c> blocks holding the input, a line with
/// a single <c>.</c>, then the expected tokens. Examples are named <c>{SpecFile}:{Section}:{N}</c>, the
/// section being the nearest <c>##</c> heading and N counting from 1 within it.
/// </summary>
internal static class SpecFile
{
    private const string Fence = "````";

    /// <summary>The examples of <paramref name="fileName"/> as xunit rows: name, chain, input, expected.</summary>
    public static IEnumerable<object[]> Examples(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", fileName);
        var lines = File.ReadAllLines(path);
        var specName = Path.GetFileNameWithoutExtension(fileName);
        var section = "";
        var number = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = line[3..].Trim();
                number = 0;
                continue;
            }
            if (!line.StartsWith(Fence + " example", StringComparison.Ordinal))
                continue;
            var chain = line[(Fence.Length + " example".Length)..].Trim();
            var input = new List<string>();
            var expected = new List<string>();
            var target = input;
            var start = i + 1;
            for (i++; i < lines.Length && lines[i] != Fence; i++)
            {
                if (lines[i] == "." && target == input)
                    target = expected;
                else
                    target.Add(lines[i]);
            }
            if (i == lines.Length || target == input)
                throw new FormatException($"{fileName}:{start}: example without '.' separator or closing fence.");
            number++;
            yield return [$"{specName}:{section}:{number}", chain, string.Join('\n', input), string.Join('\n', expected)];
        }
    }

    /// <summary>
    /// Writes tokens as the spec files show them: terms separated by spaces, tokens sharing the previous
    /// token's position joined to it by <c>/</c>, keywords followed by <c>*</c>.
    /// </summary>
    public static string Render(TokenStream stream)
    {
        var text = new StringBuilder();
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var keyword = stream.AddAttribute<IKeywordAttribute>();
        var first = true;
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (!first)
                text.Append(increment.PositionIncrement == 0 ? '/' : ' ');
            text.Append(term.ToString());
            if (keyword.IsKeyword)
                text.Append('*');
            first = false;
        }
        stream.End();
        stream.Dispose();
        return text.ToString();
    }
}
