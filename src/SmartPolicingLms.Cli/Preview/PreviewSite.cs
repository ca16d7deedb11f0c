using System.Net;
using System.Text;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Cli.Preview;

/// <summary>The pages of one audience: the course overview, one page per module, the question bank, and the images.</summary>
internal sealed class PreviewSite(Course course, PreviewAudience audience)
{
    public void Write(string outputFolder)
    {
        var folder = Path.Combine(outputFolder, PreviewPaths.FolderOf(audience));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, PreviewPaths.Index), Overview());
        foreach (var module in course.Modules)
            File.WriteAllText(Path.Combine(folder, PreviewPaths.ModuleFile(module.SourcePath)), ModulePage(module));
        File.WriteAllText(Path.Combine(folder, PreviewPaths.Questions),
            Page("Question bank", PreviewPaths.Questions, QuestionBankPage.Body(course, audience)));
        foreach (var image in course.Files.Where(f => f.IsImage))
        {
            var path = Path.Combine(folder, image.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, image.Content.ToArray());
        }
    }

    /// <summary>
    /// A module's body as this audience sees it: instructors get the instructor-only blocks and the module's legal
    /// claims; recruits get neither, as in the LMS.
    /// </summary>
    string ModuleHtml(Module module)
    {
        if (audience != PreviewAudience.Instructors) return module.HtmlFor(Viewer.Recruit);
        var html = new StringBuilder();
        if (module.LegalClaims.Count > 0)
        {
            html.Append("<section class=\"legal\"><h2>Legal claims</h2>\n<ul>\n");
            foreach (var claim in module.LegalClaims)
            {
                var state = claim.Review is { } review
                    ? $"reviewed by {E(review.ReviewedBy)} on {review.ReviewedOn:yyyy-MM-dd}"
                    : "<strong>needs local legal review</strong>";
                var source = claim.Source is null ? "" : $" ({E(claim.Source)})";
                html.Append($"<li>{E(claim.Text)}{source}: {state}</li>\n");
            }
            html.Append("</ul></section>\n");
        }
        return html.Append(module.HtmlFor(Viewer.Instructor)).ToString();
    }

    string Overview()
    {
        var body = new StringBuilder();
        body.Append($"<p>{E(course.Summary)}</p>\n");
        body.Append($"<p>{E(course.Origin.Institution)}, {E(course.Origin.Country)}; {course.Settings.DeclaredHours:0.##} hours; pass mark {course.Settings.PassMarkPercent}%; version {E(course.VersionLabel)}.</p>\n");
        body.Append(course.OverviewHtml);
        body.Append("<h2>Modules</h2>\n<ol>\n");
        foreach (var module in course.Modules)
            body.Append($"<li><a href=\"{PreviewPaths.ModuleHref(module.SourcePath)}\">{E(module.Title)}</a> ({module.Hours:0.##} h, {Words(module.Delivery)})</li>\n");
        body.Append($"</ol>\n<p><a href=\"{PreviewPaths.Questions}\">The question bank</a>, as the pre- and post-test show it.</p>\n");
        return Page(course.Title, PreviewPaths.Index, body.ToString());
    }

    string ModulePage(Module module)
    {
        var body = new StringBuilder();
        body.Append($"<p>Module {module.Number} of {course.Modules.Count}: {module.Hours:0.##} hours, {Words(module.Delivery)}.</p>\n");
        body.Append("<h2>Learning objectives</h2>\n<ul>\n");
        foreach (var objective in module.Objectives) body.Append($"<li>{E(objective.Text)}</li>\n");
        body.Append("</ul>\n");
        body.Append(ModuleHtml(module));
        return Page(module.Title, PreviewPaths.ModuleHref(module.SourcePath), body.ToString());
    }

    /// <summary>A whole page: the inline stylesheet, a note saying whose view it is, the way to the other pages.</summary>
    string Page(string title, string self, string body)
    {
        var other = audience == PreviewAudience.Recruits ? PreviewAudience.Instructors : PreviewAudience.Recruits;
        var nav = new StringBuilder($"<nav aria-label=\"Course\"><a href=\"{PreviewPaths.Index}\">Overview</a>");
        foreach (var module in course.Modules) nav.Append($" · <a href=\"{PreviewPaths.ModuleHref(module.SourcePath)}\">{module.Number}</a>");
        nav.Append($" · <a href=\"{PreviewPaths.Questions}\">Questions</a>");
        nav.Append($" · <a href=\"../{PreviewPaths.FolderOf(other)}/{self}\">As {other.ToString().ToLowerInvariant()} see it</a></nav>");
        return Html(course.Language, $"{title} ({audience.ToString().ToLowerInvariant()}' view)", $"""
            <header><p class="audience">Preview of {E(course.Title)}, as {audience.ToString().ToLowerInvariant()} see it. Not published.</p>
            {nav}</header>
            <main>
            <h1>{E(title)}</h1>
            {body}
            </main>
            """);
    }

    /// <summary>The preview's front page: which audience to look at.</summary>
    public static string Chooser(Course course) => Html(course.Language, course.Title, $"""
        <main>
        <h1>{E(course.Title)}</h1>
        <p>A preview of version {E(course.VersionLabel)}, not published.</p>
        <ul>
        <li><a href="{PreviewPaths.FolderOf(PreviewAudience.Recruits)}/{PreviewPaths.Index}">As recruits see it</a></li>
        <li><a href="{PreviewPaths.FolderOf(PreviewAudience.Instructors)}/{PreviewPaths.Index}">As instructors see it</a> (with answer keys)</li>
        </ul>
        </main>
        """);

    static string Html(string language, string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="{E(language)}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{E(title)}</title>
        <style>{Style}</style>
        </head>
        <body>
        {body}
        </body>
        </html>
        """;

    // Small and inline, so a page opened alone from file:// looks right and reads on a 390 px phone.
    const string Style = """
        body{font:1rem/1.5 system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:1rem;color:#1a1a1a;background:#fff}
        a{color:#0b57d0}img{max-width:100%;height:auto}table{border-collapse:collapse;display:block;overflow-x:auto}
        th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}pre{overflow-x:auto}
        header{border-bottom:1px solid #ddd;margin-bottom:1rem}.audience{background:#fff4ce;padding:.4rem .6rem}
        .question{border:1px solid #ddd;border-radius:.4rem;padding:.6rem 1rem;margin:1rem 0}fieldset{border:0;padding:0;margin:0}
        label{display:block;margin:.3rem 0}.key{color:#0d652d;font-weight:bold}.meta{color:#555;font-size:.9rem}
        .feedback{border-left:3px solid #0d652d;padding-left:.6rem}
        .instructor-only,.legal{border-left:.3rem solid #6f42c1;background:#f3effa;padding:.5rem .75rem;margin:0 0 1rem}
        .instructor-only-label{font-weight:600;color:#4b2a86}
        """;

    static string E(string text) => WebUtility.HtmlEncode(text);

    static string Words(Delivery delivery) => delivery switch
    {
        Delivery.SelfStudy => "self-study",
        Delivery.FieldVisit => "field visit",
        _ => delivery.ToString().ToLowerInvariant(),
    };
}
