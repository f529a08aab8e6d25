using Markdig;
using Repertoire.Core.Content.Extensions.SafeLinks;

namespace Repertoire.Core.Content;

/// <summary>
/// Renders listing descriptions, the one place Markdown becomes HTML (pages and <c>description_html</c> alike). Raw
/// HTML in content is shown as text, never as markup; links and images keep only safe targets (<see cref="LinkPolicy"/>).
/// </summary>
public static class MarkdownRenderer
{
    // Built once: a built pipeline is immutable and thread-safe, the builder is not.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .UsePipeTables()
        // Last, so that it sees the links every other extension made (autolinks included).
        .UseSafeLinks()
        .Build();

    /// <summary>The HTML of a Markdown text; empty for null.</summary>
    public static string ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToHtml(markdown, Pipeline);

    /// <summary>The link and image targets of a Markdown text that are refused (and shown as text), each with its
    /// 0-based line in the text: what <c>repertoire validate</c> warns about.</summary>
    public static IReadOnlyList<(string Url, int Line)> RefusedLinks(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return [];
        // Parsed without the safe-links step: it would already have removed what is to be reported.
        return SafeLinksExtension.RefusedTargets(Markdown.Parse(markdown, ReportingPipeline));
    }

    private static readonly MarkdownPipeline ReportingPipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UsePipeTables()
        .Build();

    /// <summary>The plain text of a Markdown text (for snippets and the index).</summary>
    public static string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(markdown, Pipeline).Trim();
}
