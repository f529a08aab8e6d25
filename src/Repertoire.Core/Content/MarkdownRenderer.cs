using Markdig;

namespace Repertoire.Core.Content;

/// <summary>Renders listing descriptions. Raw HTML in content is shown as text, never as markup.</summary>
public static class MarkdownRenderer
{
    // Built once: a built pipeline is immutable and thread-safe, the builder is not.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .UsePipeTables()
        .Build();

    /// <summary>The HTML of a Markdown text; empty for null.</summary>
    public static string ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToHtml(markdown, Pipeline);

    /// <summary>The plain text of a Markdown text (for snippets and the index).</summary>
    public static string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(markdown, Pipeline).Trim();
}
