using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Repertoire.Core.Content.Extensions.SafeLinks;

/// <summary>
/// Keeps only the links and images whose target <see cref="LinkPolicy"/> allows. It works on the parsed document,
/// after Markdig has decoded entities (<c>&amp;#106;avascript:</c>) and resolved reference definitions, so no
/// spelling of a URL escapes it: a refused link keeps its text without the link, a refused image becomes its alt
/// text, a refused autolink (<c>&lt;vbscript:...&gt;</c>) becomes plain text.
/// </summary>
public sealed class SafeLinksExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.DocumentProcessed -= Neutralise;
        pipeline.DocumentProcessed += Neutralise;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>The targets of a document that the policy refuses, in document order.</summary>
    public static IReadOnlyList<(string Url, int Line)> RefusedTargets(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [.. Inlines(document)
            .Select(i => i switch
            {
                LinkInline link when !LinkPolicy.IsAllowed(link.Url) => (link.Url!, link.Line),
                AutolinkInline auto when !auto.IsEmail && !LinkPolicy.IsAllowed(auto.Url) => (auto.Url, auto.Line),
                _ => (null!, -1),
            })
            .Where(t => t.Item1 is not null)];
    }

    private static void Neutralise(MarkdownDocument document)
    {
        // ToList: the loop changes the tree it walks.
        var inlines = Inlines(document).ToList();
        foreach (var link in inlines.OfType<LinkInline>())
        {
            if (LinkPolicy.IsAllowed(link.Url)) continue;
            if (link.IsImage)
            {
                link.InsertBefore(new LiteralInline(PlainText(link)));
                link.Remove();
                continue;
            }
            for (var child = link.FirstChild; child is not null;)
            {
                var next = child.NextSibling;
                child.Remove();
                link.InsertBefore(child);
                child = next;
            }
            link.Remove();
        }
        foreach (var auto in inlines.OfType<AutolinkInline>())
        {
            if (auto.IsEmail || LinkPolicy.IsAllowed(auto.Url)) continue;
            auto.InsertBefore(new LiteralInline(auto.Url));
            auto.Remove();
        }
    }

    // Every inline of every leaf block, depth first, by walking the sibling links ourselves: the tree is plain and
    // this keeps the walk independent of how Markdig's generic Descendants helpers order or filter containers.
    private static IEnumerable<Inline> Inlines(MarkdownDocument document)
    {
        foreach (var leaf in document.Descendants<LeafBlock>())
            if (leaf.Inline is { } root)
                foreach (var inline in Walk(root))
                    yield return inline;
    }

    private static IEnumerable<Inline> Walk(ContainerInline container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            yield return child;
            if (child is ContainerInline nested)
                foreach (var inner in Walk(nested))
                    yield return inner;
        }
    }

    private static string PlainText(ContainerInline container) =>
        string.Concat(Walk(container).OfType<LiteralInline>().Select(l => l.Content.ToString()));
}

/// <summary>Adds <see cref="SafeLinksExtension"/> to a pipeline.</summary>
public static class SafeLinksPipelineExtensions
{
    /// <summary>Links and images keep only http(s), mailto, tel and relative targets.</summary>
    public static MarkdownPipelineBuilder UseSafeLinks(this MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.Extensions.AddIfNotAlready<SafeLinksExtension>();
        return pipeline;
    }
}
