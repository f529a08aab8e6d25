using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Repertoire.Core.Content;

/// <summary>Parses one YAML document, turning syntax errors into problems with the file's line.</summary>
internal static class YamlDocumentReader
{
    /// <summary>The root node, or null (with a problem recorded) when the text is not valid YAML.</summary>
    public static YamlNode? Parse(string text, string path, int lineOffset, List<ContentProblem> problems)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            // YamlDotNet wraps the useful message in "(Line: x, Col: y, ...): message"; keep the message only.
            var message = e.InnerException?.Message ?? e.Message;
            var colon = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith('(') && colon > 0) message = message[(colon + 3)..];
            problems.Add(new ContentProblem(path, (int)e.Start.Line + lineOffset, "-", $"invalid YAML: {message}"));
            return null;
        }
    }
}
