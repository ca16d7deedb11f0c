using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SmartPolicingLms.Curricula.Rendering;

/// <summary>
/// The one Markdown pipeline for course text. Extensions are chosen one by one: the advanced
/// set turns on generic attributes and media embeds, which let a course inject event handlers
/// and iframes. Raw HTML is never rendered.
/// </summary>
internal static class CourseMarkdown
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseTaskLists()
        .UseFootnotes()
        .UseEmphasisExtras()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseListExtras()
        .UseDefinitionLists()
        .DisableHtml()
        .Build();

    public static MarkdownDocument Parse(string text) => Markdown.Parse(text, Pipeline);

    /// <summary>Renders a document (or some of its blocks) after its links were made safe.</summary>
    public static string ToHtml(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    public static string ToHtml(IEnumerable<Block> blocks)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        foreach (var block in blocks) renderer.Render(block);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Renders inline content only, as for an option of a question.</summary>
    public static string InlineToHtml(ContainerInline inline)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { ImplicitParagraph = true };
        Pipeline.Setup(renderer);
        renderer.WriteChildren(inline);
        writer.Flush();
        return writer.ToString().Trim();
    }

    /// <summary>Renders a snippet of Markdown that has no file of its own (GIFT text).</summary>
    public static string SnippetToHtml(string markdown, LinkPolicy links)
    {
        var document = Parse(markdown);
        links.Apply(document);
        return ToHtml(document);
    }

    /// <summary>The plain text of inline content, for matching answers and for alt text.</summary>
    public static string PlainText(ContainerInline? inline)
    {
        if (inline is null) return "";
        var text = new System.Text.StringBuilder();
        foreach (var child in inline.Descendants<Inline>())
        {
            switch (child)
            {
                case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append(' '); break;
            }
        }
        return text.ToString().Trim();
    }
}
