using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SmartPolicingLms.Curricula.Rendering;

/// <summary>
/// Blocks only instructors see: <c>::: instructor</c> (facilitator notes) and <c>::: plan</c> (a session plan), each
/// closed by a line <c>:::</c>. Only Markdig's block parser for custom containers is switched on: its inline
/// <c>::text::</c> half would change how existing text reads, and its renderer would turn any word after
/// <c>:::</c> into a CSS class of the site.
/// </summary>
internal sealed class InstructorBlocksExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<CustomContainerParser>())
            pipeline.BlockParsers.Insert(0, new CustomContainerParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<InstructorBlockRenderer>())
            html.ObjectRenderers.Insert(0, new InstructorBlockRenderer());
    }
}

/// <summary>The kinds of instructor-only block and how a container names them.</summary>
internal static class InstructorBlocks
{
    public const string Notes = "instructor";
    public const string Plan = "plan";

    public static string? KindOf(CustomContainer container) => container.Info?.Trim().ToLowerInvariant() switch
    {
        Notes => Notes,
        Plan => Plan,
        _ => null,
    };

    /// <summary>Every fenced <c>:::</c> block of a document, outermost first.</summary>
    public static IEnumerable<CustomContainer> All(MarkdownDocument document) => document.Descendants<CustomContainer>();

    /// <summary>True when the closing <c>:::</c> line was found; an unclosed block runs to the end of its parent.</summary>
    public static bool IsClosed(CustomContainer container) => container.ClosingFencedCharCount > 0;
}

/// <summary>
/// Writes instructor-only blocks, labelled and styled apart, when the render is for instructors; otherwise writes
/// nothing for them. A container of any other kind (reported as an error, so never in an imported course) shows only
/// its content, never its word as a class.
/// </summary>
internal sealed class InstructorBlockRenderer : HtmlObjectRenderer<CustomContainer>
{
    /// <summary>Set for the length of one instructors' render; the renderer is reused per thread.</summary>
    public bool ShowInstructorBlocks { get; set; }

    protected override void Write(HtmlRenderer renderer, CustomContainer block)
    {
        var kind = InstructorBlocks.KindOf(block);
        if (kind is null)
        {
            renderer.WriteChildren(block);
            return;
        }
        if (!ShowInstructorBlocks) return;
        var label = kind == InstructorBlocks.Plan ? "For instructors: session plan" : "For instructors";
        renderer.EnsureLine();
        renderer.Write("<div class=\"instructor-only instructor-").Write(kind).Write("\" role=\"note\">");
        renderer.Write("<p class=\"instructor-only-label\">").Write(label).WriteLine("</p>");
        renderer.WriteChildren(block);
        renderer.WriteLine("</div>");
    }
}
