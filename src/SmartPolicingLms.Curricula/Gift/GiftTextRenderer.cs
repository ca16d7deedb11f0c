using System.Text.RegularExpressions;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Rendering;

namespace SmartPolicingLms.Curricula.Gift;

/// <summary>A GIFT text as safe HTML and as plain text.</summary>
internal readonly record struct RenderedText(string Html, string Text);

/// <summary>
/// Renders GIFT text by its format: Markdown through the course pipeline and its link policy,
/// everything else as encoded text. HTML from Moodle is reduced to text, never passed through.
/// </summary>
internal sealed partial class GiftTextRenderer(string filePath, int lineCount, LinkPolicy links, DiagnosticBag diagnostics)
{
    /// <summary>Markdig takes quadratic time on some hostile patterns; a question's text is far shorter.</summary>
    const int MaxMarkdownLength = 4000;

    /// <summary>Block HTML (paragraphs), for question text and feedback.</summary>
    public RenderedText Block(GiftSpan text, GiftTextFormat format) => Render(text, format, inline: false);

    /// <summary>Inline HTML, for an option.</summary>
    public RenderedText Inline(GiftSpan text, GiftTextFormat format) => Render(text, format, inline: true);

    RenderedText Render(GiftSpan text, GiftTextFormat format, bool inline)
    {
        if (format == GiftTextFormat.Markdown) return Markdown(text, inline);
        if (format == GiftTextFormat.Plain)
        {
            var plain = text.Text.Trim();
            return new RenderedText(inline ? PlainHtml.Inline(plain) : PlainHtml.Block(plain), plain);
        }
        var found = new List<HtmlLink>();
        var marked = Reduce(text, format, found);
        var urls = found.Select(link => Checked(link, text.PositionAt(link.Index))).ToList();
        var html = inline ? PlainHtml.Inline(marked) : PlainHtml.Block(marked);
        return new RenderedText(HtmlLinks.Restore(html, urls), HtmlLinks.Strip(marked));
    }

    string Reduce(GiftSpan text, GiftTextFormat format, List<HtmlLink> found)
    {
        var images = new List<string>();
        // The author's own private-use characters would pass for link markers; a space keeps every index in place.
        var source = new string([.. text.Text.Select(c => c is HtmlLinks.Open or HtmlLinks.Text or HtmlLinks.Close ? ' ' : c)]);
        var plain = HtmlToText.Reduce(source, newlinesAreBreaks: format == GiftTextFormat.Moodle, images, found);
        foreach (var dropped in images) ImageDropped(text.Position, dropped);
        return plain;
    }

    /// <summary>
    /// A link in Moodle HTML keeps to the course's link policy, as in Markdown: https and course files stay,
    /// anything else is reported where its tag is and only its text remains.
    /// </summary>
    string? Checked(HtmlLink link, GiftPosition at)
    {
        if (!link.Href.Contains("@@PLUGINFILE@@", StringComparison.Ordinal))
            return links.Check(link.Href, at.Line, at.Column);
        diagnostics.Warning(DiagnosticCodes.GiftUnsupported, filePath, at.Line, at.Column,
            $"the link to '{Shorten(link.Href)}' points to a file stored inside Moodle (@@PLUGINFILE@@), which is not part of a GIFT export, " +
            "so only its text was kept; put the file in media/ and link to it from [markdown] text");
        return null;
    }

    RenderedText Markdown(GiftSpan text, bool inline)
    {
        if (text.Length > MaxMarkdownLength)
            return Refused(text, DiagnosticCodes.QuestionShape, inline,
                $"this Markdown text is longer than {MaxMarkdownLength} characters, too long for a question; it is shown as plain text");
        var source = text.Text;
        var escapedBreaks = text.EscapedLineBreaks();
        if (LineCount(source) > lineCount)
        {
            // Only a tiny file with many \n escapes gets here; joining those lines keeps every
            // line the link policy reports inside the file.
            source = text.TextWithFileLineBreaksOnly();
            escapedBreaks = 0;
        }
        source = PluginFileImage().Replace(source, match =>
        {
            ImageDropped(text.Position, match.Groups["src"].Value);
            return "";
        });
        var html = Snippet(source, text.Position.Line - escapedBreaks, out var problem);
        if (html is null)
            return Refused(text, DiagnosticCodes.GiftSyntax, inline, $"{problem}; it is shown as plain text");
        var plain = HtmlToText.Reduce(html, newlinesAreBreaks: false, images: []);
        return new RenderedText(inline ? Unwrap(html) : html, plain);
    }

    /// <summary>
    /// What <see cref="CourseMarkdown.SnippetToHtml"/> does, except that Markdig's refusal (text
    /// nested too deeply) is kept so it can be reported instead of shown silently as plain text.
    /// </summary>
    string? Snippet(string markdown, int firstLine, out string? problem)
    {
        var document = CourseMarkdown.Parse(markdown, out var refusal);
        problem = refusal?.Message;
        if (refusal is not null) return null;
        // The link policy counts lines within the snippet; map them back to the file, kept inside it
        // (escaped line breaks can make the snippet's lines differ from the file's).
        var local = new DiagnosticBag();
        links.ReportingTo(local).Apply(document);
        foreach (var d in local.Items)
            diagnostics.Add(d.Code, d.Severity, filePath, Math.Clamp(firstLine + d.Line - 1, 1, lineCount), d.Column, d.Message);
        return CourseMarkdown.ToHtml(document);
    }

    RenderedText Refused(GiftSpan text, string code, bool inline, string message)
    {
        diagnostics.Error(code, filePath, text.Position.Line, text.Position.Column, message);
        var plain = text.Text.Trim();
        return new RenderedText(inline ? PlainHtml.Inline(plain) : PlainHtml.Block(plain), plain);
    }

    /// <summary>An option is one paragraph: render it without the paragraph around it.</summary>
    static string Unwrap(string html)
    {
        var trimmed = html.Trim();
        var single = trimmed.Length >= 7
            && trimmed.StartsWith("<p>", StringComparison.Ordinal)
            && trimmed.EndsWith("</p>", StringComparison.Ordinal)
            && trimmed.IndexOf("<p>", 1, StringComparison.Ordinal) < 0;
        return single ? trimmed[3..^4] : trimmed;
    }

    static int LineCount(string text) => 1 + text.Count(c => c == '\n');

    void ImageDropped(GiftPosition at, string source)
    {
        var why = source.Contains("@@PLUGINFILE@@", StringComparison.Ordinal)
            ? "is stored inside Moodle (@@PLUGINFILE@@) and is not part of a GIFT export"
            : "is in HTML, which is reduced to text";
        diagnostics.Warning(DiagnosticCodes.GiftUnsupported, filePath, at.Line, at.Column,
            $"the image or media '{Shorten(source)}' {why}, so it was dropped; put the file in media/ and show or link it from [markdown] text");
    }

    static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    [GeneratedRegex(@"!\[[^\]\n]*\]\(\s*<?(?<src>@@PLUGINFILE@@[^)\n]*)\)", RegexOptions.CultureInvariant)]
    private static partial Regex PluginFileImage();
}
