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
        .Use<InstructorBlocksExtension>()
        .DisableHtml()
        .Build();

    /// <summary>
    /// Parses a snippet (a GIFT prompt, option or feedback), or explains why it cannot be parsed
    /// safely (and gives an empty document).
    /// </summary>
    public static MarkdownDocument Parse(string text, out MarkdownProblem? problem) => Parse(text, MarkdownLimits.Snippet, out problem);

    /// <summary>Parses a whole Markdown file, or explains why it cannot be parsed safely (and gives an empty document).</summary>
    public static MarkdownDocument ParseFile(string text, out MarkdownProblem? problem) => Parse(text, MarkdownLimits.File, out problem);

    static MarkdownDocument Parse(string text, MarkdownLimits limits, out MarkdownProblem? problem)
    {
        problem = limits.Check(text);
        if (problem is not null) return new MarkdownDocument();
        try
        {
            var document = Markdown.Parse(text, Pipeline);
            if (Depth(document) <= MaxDepth) return document;
            problem = new MarkdownProblem(1, $"the Markdown is nested more than {MaxDepth} levels deep (unclosed '[' or '*' inside each other, or quotes in quotes); the renderer cannot show it");
            return new MarkdownDocument();
        }
        catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.Ordinal))
        {
            // Markdig refuses nesting past its depth limit (thousands of '>' in a row): input no author means.
            problem = new MarkdownProblem(1, "the Markdown is nested too deeply to read (thousands of '>' or list markers in a row)");
            return new MarkdownDocument();
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException or InvalidOperationException)
        {
            // The limits now let Markdig read long tables and runs of marks it never saw before;
            // a parser fault on odd input is the author's diagnostic, never the loader's crash.
            problem = new MarkdownProblem(1, $"the Markdown reader failed on this file ({e.GetType().Name}); look for unclosed '[', '*' or '`' and stray '|' or '>'");
            return new MarkdownDocument();
        }
    }

    /// <summary>
    /// Deepest nesting rendered. Markdig's renderer gives up (throws) on deep trees, and each
    /// unclosed '[' nests everything after it one level deeper; real text stays under ten.
    /// </summary>
    const int MaxDepth = 64;

    /// <summary>Where <see cref="ParseFile"/> leaves the document's links, found on the walk it makes anyway.</summary>
    static readonly object LinksKey = new();

    /// <summary>The links and autolinks of a parsed document, in no particular order.</summary>
    public static IReadOnlyList<Inline> Links(MarkdownDocument document) =>
        document.GetData(LinksKey) as List<Inline> ?? [];

    static int Depth(MarkdownDocument document)
    {
        var links = new List<Inline>();
        document.SetData(LinksKey, links);
        var deepest = 0;
        var stack = new Stack<(MarkdownObject Node, int Depth)>();
        stack.Push((document, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > MaxDepth) return depth;
            deepest = Math.Max(deepest, depth);
            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container) stack.Push((child, depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    stack.Push((inline, depth + 1));
                    break;
                case ContainerInline container:
                    if (container is LinkInline) links.Add(container);
                    for (var child = container.FirstChild; child is not null; child = child.NextSibling) stack.Push((child, depth + 1));
                    break;
                case AutolinkInline autolink:
                    links.Add(autolink);
                    break;
            }
        }
        return deepest;
    }

    /// <summary>
    /// Renders a document (or some of its blocks) after its links were made safe, as recruits see it: without
    /// instructor-only blocks unless <paramref name="forInstructors"/> asks for them.
    /// </summary>
    public static string ToHtml(MarkdownDocument document, bool forInstructors = false) =>
        Render(renderer => renderer.Render(document), forInstructors: forInstructors);

    public static string ToHtml(IEnumerable<Block> blocks) => Render(renderer =>
    {
        foreach (var block in blocks) renderer.Render(block);
    });

    /// <summary>Renders inline content only, as for an option of a question.</summary>
    public static string InlineToHtml(ContainerInline inline) =>
        Render(renderer => renderer.WriteChildren(inline), implicitParagraph: true).Trim();

    // Building an HtmlRenderer sets up a few dozen object renderers; a question bank renders every
    // prompt, option and feedback separately, so one renderer is kept per thread and reused.
    [ThreadStatic] static HtmlRenderer? cachedRenderer;

    static string Render(Action<HtmlRenderer> write, bool implicitParagraph = false, bool forInstructors = false)
    {
        using var writer = new StringWriter();
        var renderer = cachedRenderer;
        cachedRenderer = null; // taken, so a nested render (none today) would build its own
        if (renderer is null)
        {
            renderer = new HtmlRenderer(writer);
            Pipeline.Setup(renderer);
        }
        renderer.Writer = writer;
        renderer.ImplicitParagraph = implicitParagraph;
        var instructorBlocks = renderer.ObjectRenderers.FindExact<InstructorBlockRenderer>()!;
        instructorBlocks.ShowInstructorBlocks = forInstructors;
        write(renderer);
        instructorBlocks.ShowInstructorBlocks = false;
        writer.Flush();
        cachedRenderer = renderer;
        return writer.ToString();
    }

    /// <summary>Renders a snippet of Markdown that has no file of its own (GIFT text).</summary>
    public static string SnippetToHtml(string markdown, LinkPolicy links)
    {
        var document = Parse(markdown, out var problem);
        if (problem is not null) return "<p>" + System.Net.WebUtility.HtmlEncode(markdown) + "</p>";
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

/// <summary>Why a Markdown text was not parsed, and the line to point at.</summary>
internal sealed record MarkdownProblem(int Line, string Message);
