using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Repertoire.Core.Content;

/// <summary>
/// Changes fields of a listing file's front matter in place, keeping every other byte: comments, key order, quoting,
/// blank lines and the Markdown after the front matter. YamlDotNet's representation model gives each node its start
/// and end marks in the text; an edit replaces exactly the characters of the node concerned (or inserts one line, or
/// one <c>key: value</c> into a flow mapping) and the text is parsed again to check it reads back as intended.
/// Serialising the parsed document instead would rewrite the whole front matter and drop its comments.
/// </summary>
public sealed partial class FrontMatterEditor
{
    private int _yamlStart;
    private int _yamlEnd;
    private YamlMappingNode _root = default!;

    private FrontMatterEditor(string text)
    {
        Text = text;
        Parse();
    }

    /// <summary>The file's text with the edits made so far.</summary>
    public string Text { get; private set; }

    /// <summary>Reads a listing file's text; throws <see cref="FormatException"/> when it has no front matter or
    /// the front matter is not a YAML mapping.</summary>
    public static FrontMatterEditor Parse(string text) => new(text ?? throw new ArgumentNullException(nameof(text)));

    /// <summary>The scalar at a dotted path (<c>site.number</c>, <c>name.fr</c>), or null when absent or not a scalar.</summary>
    public string? Scalar(string path) => Find(path) is YamlScalarNode { Value: { } value } scalar && !IsNull(scalar) ? value : null;

    /// <summary>The items of the sequence at a path (a lone scalar counts as one item); empty when absent.</summary>
    public IReadOnlyList<string> Items(string path) => Find(path) switch
    {
        YamlSequenceNode sequence => sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(v => v.Length > 0).ToList(),
        YamlScalarNode { Value: { } value } scalar when !IsNull(scalar) => [value],
        _ => [],
    };

    /// <summary>Whether the path holds a mapping (for fields that changed shape, such as structured hours).</summary>
    public bool IsMapping(string path) => Find(path) is YamlMappingNode;

    /// <summary>The keys of the mapping at a path; empty when absent or not a mapping.</summary>
    public IReadOnlyList<string> Keys(string path) =>
        Find(path) is YamlMappingNode map ? map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").ToList() : [];

    /// <summary>Sets a scalar (creating the keys on the way when missing).</summary>
    public void SetScalar(string path, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Set(path, flow => Render(value, flow));
        if (Scalar(path) != value) throw new InvalidOperationException($"'{path}' does not read back as written");
    }

    /// <summary>Sets a sequence of scalars. A block sequence stays a block sequence; otherwise a flow one is written.</summary>
    public void SetItems(string path, IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (Find(path) is YamlSequenceNode { Style: not SequenceStyle.Flow, Children.Count: > 0 } block)
        {
            var indent = new string(' ', (int)block.Start.Column - 1);
            var replacement = items.Count == 0 ? "[]" : "- " + string.Join(NewLine + indent + "- ", items.Select(i => Render(i, flow: false)));
            Replace(Index(block.Start), LastEnd(block), replacement);
        }
        else
        {
            Set(path, _ => "[" + string.Join(", ", items.Select(i => Render(i, flow: true))) + "]");
        }
        if (!Items(path).SequenceEqual(items.Where(i => i.Length > 0))) throw new InvalidOperationException($"'{path}' does not read back as written");
    }

    /// <summary>Replaces the value at a path by a flow mapping of scalars, <c>{date: 2026-12-06, by: alice}</c>.</summary>
    public void SetMapping(string path, IReadOnlyList<(string Key, string Value)> entries)
    {
        Set(path, _ => "{" + string.Join(", ", entries.Select(e => $"{e.Key}: {Render(e.Value, flow: true)}")) + "}");
        foreach (var (key, value) in entries)
            if (Scalar($"{path}.{key}") != value) throw new InvalidOperationException($"'{path}.{key}' does not read back as written");
    }

    /// <summary>Renames a top-level key, keeping its value and everything around it.</summary>
    public void RenameKey(string key, string newKey)
    {
        var node = _root.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(k => k.Value == key)
            ?? throw new InvalidOperationException($"no key '{key}'");
        if (Find(newKey) is not null) throw new InvalidOperationException($"'{newKey}' exists already");
        Replace(Index(node.Start), Index(node.End), newKey);
    }

    /// <summary>Whether the path exists (whatever its value).</summary>
    public bool Has(string path) => Find(path) is not null;

    /// <summary>Sets one language of a per-language text (<c>name</c> → <c>name.fr</c>). A text written once for both
    /// languages (<c>name: Foo</c>) becomes <c>{fr: ..., nl: Foo}</c>, so the other language keeps its value.</summary>
    public void SetText(string path, string language, string value)
    {
        if (Find(path) is YamlScalarNode { Value: { } both } scalar && !IsNull(scalar))
        {
            var other = language == "fr" ? "nl" : "fr";
            var parts = new SortedDictionary<string, string>(StringComparer.Ordinal) { [language] = value, [other] = both };
            Set(path, _ => "{" + string.Join(", ", parts.Select(p => $"{p.Key}: {Render(p.Value, flow: true)}")) + "}");
            if (Scalar($"{path}.{language}") != value) throw new InvalidOperationException($"'{path}' does not read back as written");
            return;
        }
        SetScalar($"{path}.{language}", value);
    }

    private string NewLine => Text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

    private YamlNode? Find(string path)
    {
        YamlNode node = _root;
        foreach (var key in path.Split('.'))
        {
            if (node is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out var child)) return null;
            node = child;
        }
        return node;
    }

    // Replaces the node at the path, or inserts what is missing into the deepest mapping that exists.
    // render(true) gives the value for a flow context (where a comma ends a plain scalar), render(false) for a block one.
    private void Set(string path, Func<bool, string> render)
    {
        var keys = path.Split('.');
        var map = _root;
        var flow = false;
        for (var i = 0; i < keys.Length; i++)
        {
            flow |= map.Style == MappingStyle.Flow;
            var rest = keys[(i + 1)..];
            if (!map.Children.TryGetValue(new YamlScalarNode(keys[i]), out var child))
            {
                InsertEntry(map, flow, keys[i], rest.Length == 0 ? render(flow) : Nested(rest, render(true)));
                return;
            }
            if (rest.Length == 0)
            {
                ReplaceNode(child, render(flow));
                return;
            }
            if (child is YamlMappingNode next)
            {
                map = next;
                continue;
            }
            // An empty value in the way (`verified:` or `verified: ~`) becomes a mapping holding the rest.
            if (child is YamlScalarNode empty && IsNull(empty) && child.End.Index > child.Start.Index)
            {
                ReplaceNode(child, Nested(rest, render(true)));
                return;
            }
            throw new InvalidOperationException($"'{string.Join('.', keys[..(i + 1)])}' is not a set of fields");
        }
    }

    // {a: {b: value}} for the keys still missing below the insertion point.
    private static string Nested(string[] keys, string value) =>
        keys.Reverse().Aggregate(value, (inner, key) => $"{{{key}: {inner}}}");

    private void ReplaceNode(YamlNode node, string replacement) =>
        Replace(Index(node.Start), LastEnd(node), replacement);

    private void InsertEntry(YamlMappingNode map, bool flow, string key, string value)
    {
        if (flow)
        {
            if (map.Children.Count == 0)
            {
                var close = LastEnd(map) - 1;
                Replace(close, close, $"{key}: {value}");
            }
            else
            {
                var last = LastEnd(map.Children.Last().Value);
                Replace(last, last, $", {key}: {value}");
            }
            return;
        }
        // A block mapping: one new line after the mapping's last line, at the indentation of its keys.
        var indent = new string(' ', (int)map.Children.Keys.First().Start.Column - 1);
        var end = LastEnd(map);
        if (end > _yamlStart && Text[end - 1] == '\n')
        {
            Replace(end, end, $"{indent}{key}: {value}{NewLine}");
            return;
        }
        // After the rest of the last line, so a comment ending it stays on its line.
        var lineEnd = Text.IndexOf('\n', end);
        if (lineEnd < 0 || lineEnd > _yamlEnd) lineEnd = _yamlEnd;
        if (lineEnd > 0 && Text[lineEnd - 1] == '\r') lineEnd--;
        Replace(lineEnd, lineEnd, $"{NewLine}{indent}{key}: {value}");
    }

    private static bool IsFlowCollection(YamlNode node) =>
        node is YamlMappingNode { Style: MappingStyle.Flow } or YamlSequenceNode { Style: SequenceStyle.Flow };

    // Where a node's text ends. YamlDotNet gives a collection the end mark of its start, so a collection's end is
    // found from its last item: for a block collection, that item's end (the text after it belongs to the next key);
    // for a flow collection, the closing bracket after it (only spaces, line breaks and a trailing comma can lie between).
    private int LastEnd(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode { Style: not MappingStyle.Flow, Children.Count: > 0 } map:
                return LastEnd(map.Children.Last().Value);
            case YamlSequenceNode { Style: not SequenceStyle.Flow, Children.Count: > 0 } sequence:
                return LastEnd(sequence.Children[^1]);
            case YamlMappingNode map:
                return Text.IndexOf('}', map.Children.Count > 0 ? LastEnd(map.Children.Last().Value) : Index(map.Start)) + 1;
            case YamlSequenceNode sequence:
                return Text.IndexOf(']', sequence.Children.Count > 0 ? LastEnd(sequence.Children[^1]) : Index(sequence.Start)) + 1;
            default:
                return Index(node.End);
        }
    }

    private int Index(Mark mark) => _yamlStart + (int)mark.Index;

    private void Replace(int start, int end, string replacement)
    {
        Text = string.Concat(Text.AsSpan(0, start), replacement, Text.AsSpan(end));
        Parse();
    }

    private void Parse()
    {
        var (start, end) = Locate(Text);
        _yamlStart = start;
        _yamlEnd = end;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(Text[start..end]));
        }
        catch (YamlException e)
        {
            throw new FormatException($"invalid YAML in the front matter: {e.Message}\n{Text}", e);
        }
        _root = stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root
            ? root
            : throw new FormatException("the front matter is not a set of fields");
    }

    // The front matter lies between a first line "---" (after blank lines or a byte-order mark) and the next line
    // "---" or "...", as FrontMatterDocument reads it.
    private static (int Start, int End) Locate(string text)
    {
        var position = 0;
        int? start = null;
        while (position <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', position);
            var next = lineEnd < 0 ? text.Length + 1 : lineEnd + 1;
            var line = text[position..(lineEnd < 0 ? text.Length : lineEnd)].TrimEnd('\r');
            if (start is null)
            {
                var trimmed = line.Trim('\uFEFF', ' ', '\t');
                if (trimmed == "---") start = next;
                else if (trimmed.Length > 0) break;
            }
            else if (line.TrimEnd() is "---" or "...")
            {
                return (start.Value, position);
            }
            if (lineEnd < 0) break;
            position = next;
        }
        throw new FormatException("the file has no front matter between '---' lines");
    }

    // Only a plain scalar can mean null: "null" in quotes is text.
    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && IsNullScalar(scalar.Value ?? "");

    private static bool IsNullScalar(string value) => value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>A YAML scalar for <paramref name="value"/>: plain when it cannot be misread, double-quoted otherwise.</summary>
    internal static string Render(string value, bool flow)
    {
        if (value.Length > 0 && !IsNullScalar(value) && (flow ? PlainInFlow() : PlainInBlock()).IsMatch(value)
            && !Reserved.Contains(value.ToLowerInvariant()))
            return value;
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return builder.Append('"').ToString();
    }

    // Words YAML 1.1 readers take for booleans or nulls: quoted, so no other tool misreads them.
    private static readonly HashSet<string> Reserved = ["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"];

    [GeneratedRegex(@"^[\p{L}\p{N}(][\p{L}\p{N} .,'’/()+@-]*(?<! )$")]
    private static partial Regex PlainInBlock();

    [GeneratedRegex(@"^[\p{L}\p{N}(][\p{L}\p{N} .'’/()+@-]*(?<! )$")]
    private static partial Regex PlainInFlow();
}
