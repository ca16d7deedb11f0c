using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SmartPolicingLms.Curricula.Diagnostics;

namespace SmartPolicingLms.Curricula.Rendering;

/// <summary>
/// Makes every link and image of a parsed file safe before it is rendered: http(s) and mailto
/// stay, a path inside the course is checked and rewritten by the caller's resolver, anything
/// else is replaced by its text and reported.
/// </summary>
internal sealed class LinkPolicy(
    string filePath,
    IReadOnlySet<string> courseFiles,
    Func<string, string> resolve,
    DiagnosticBag diagnostics)
{
    static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>The same policy, reporting into another bag (a snippet whose lines are mapped back to its file).</summary>
    public LinkPolicy ReportingTo(DiagnosticBag other) => new(filePath, courseFiles, resolve, other);

    public void Apply(MarkdownDocument document)
    {
        // Parsing already collected the links on its depth walk; checking may replace them in the tree.
        foreach (var link in CourseMarkdown.Links(document))
        {
            if (link is LinkInline inline) Check(inline);
            else Check((AutolinkInline)link);
        }
    }

    void Check(LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url ?? "";
        var safe = SafeUrl(url, link.Line, link.Column);
        if (safe is not null) link.Url = safe;
        // A removed image leaves its alt text. A removed link leaves its text as written (emphasis
        // and all): its children move up, so nothing is added beside them (ReplaceBy copies them).
        else if (link.IsImage) link.ReplaceBy(new LiteralInline(CourseMarkdown.PlainText(link)), copyChildren: false);
        else link.ReplaceBy(new LiteralInline(""));
    }

    void Check(AutolinkInline autolink)
    {
        // <name@example.org>: Markdig writes the mailto: itself.
        if (autolink.IsEmail) return;
        var safe = SafeUrl(autolink.Url, autolink.Line, autolink.Column);
        if (safe is null) autolink.ReplaceBy(new LiteralInline(autolink.Url));
        else autolink.Url = safe;
    }

    /// <summary>
    /// The same check for a link found outside Markdown (the HTML of a GIFT question) at a 1-based
    /// line and column: the URL to link to, or null after reporting why the link must go.
    /// </summary>
    public string? Check(string url, int line, int column) => SafeUrl(url, line - 1, column - 1);

    /// <summary>The URL to render, or null when the link must go.</summary>
    string? SafeUrl(string url, int line, int column)
    {
        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"),
        // so the check must too.
        var compact = new string(url.Where(c => c > ' ').ToArray());
        if (compact.Length == 0 || compact.StartsWith('#')) return compact.Length == 0 ? null : url;
        var scheme = SchemeOf(compact);
        if (scheme is not null)
        {
            if (AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase)) return url;
            diagnostics.Error(DiagnosticCodes.UnsafeLink, filePath, line + 1, column + 1,
                $"the link '{Shorten(url)}' uses the scheme '{scheme}:'; only http, https, mailto and files of the course are allowed, so it was removed");
            return null;
        }
        if (compact.StartsWith("//") || compact.StartsWith('\\') || compact.StartsWith('/'))
        {
            diagnostics.Error(DiagnosticCodes.LinkOutsideCourse, filePath, line + 1, column + 1,
                $"the link '{Shorten(url)}' is not relative to this file; write a full https:// address or a path inside the course");
            return null;
        }
        return CourseLink(url, line, column);
    }

    string? CourseLink(string url, int line, int column)
    {
        var cut = url.IndexOfAny(['#', '?']);
        var path = Uri.UnescapeDataString(cut < 0 ? url : url[..cut]);
        var fragment = cut >= 0 && url[cut] == '#' ? url[cut..] : "";
        var target = CoursePaths.Combine(CoursePaths.DirectoryOf(filePath), path);
        if (target is null)
        {
            diagnostics.Error(DiagnosticCodes.LinkOutsideCourse, filePath, line + 1, column + 1,
                $"the link '{Shorten(url)}' leads outside the course folder");
            return null;
        }
        if (!courseFiles.Contains(target))
        {
            diagnostics.Error(DiagnosticCodes.BrokenLink, filePath, line + 1, column + 1,
                $"the link '{Shorten(url)}' points to '{target}', which is not a file of this course");
            return null;
        }
        return resolve(target) + fragment;
    }

    static string? SchemeOf(string url)
    {
        var colon = url.IndexOf(':');
        if (colon <= 0) return null;
        var stop = url.IndexOfAny(['/', '?', '#']);
        if (stop >= 0 && stop < colon) return null;
        return url[..colon];
    }

    static string Shorten(string url) => url.Length <= 80 ? url : url[..77] + "...";
}

/// <summary>Turns a course file into the URL the rendered HTML links to.</summary>
/// <param name="courseId">The course's id.</param>
/// <param name="contentHash">The version's content hash.</param>
/// <param name="coursePath">Forward-slash path relative to the course folder, such as <c>media/map.png</c> or <c>modules/02-referral.md</c>.</param>
public delegate string CourseLinkResolver(string courseId, string contentHash, string coursePath);
