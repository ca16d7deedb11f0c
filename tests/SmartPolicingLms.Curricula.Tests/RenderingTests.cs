using SmartPolicingLms.Curricula.Tests.Support;

namespace SmartPolicingLms.Curricula.Tests;

public sealed class RenderingTests
{
    static string ModuleHtml(string body, CourseLoadOptions? options = null, Action<TempCourse>? setup = null)
    {
        using var course = new TempCourse();
        setup?.Invoke(course);
        course.Write("modules/01-basics.md", TempCourse.ValidFiles["modules/01-basics.md"] + "\n" + body + "\n");
        var result = course.Load(options);
        return result.Course?.Modules[0].Html ?? throw new Xunit.Sdk.XunitException(string.Join("\n", result.Diagnostics));
    }

    /// <summary>
    /// Unsafe links are errors, so the loader refuses the course and renders nothing; this renders
    /// the body through the loader's own steps (parse, link policy, HTML) to see what would show.
    /// </summary>
    static string UnsafeModuleHtml(string body)
    {
        var document = Rendering.CourseMarkdown.Parse(body, out _);
        new Rendering.LinkPolicy("modules/01-basics.md", new HashSet<string>(), p => p, new Diagnostics.DiagnosticBag()).Apply(document);
        return Rendering.CourseMarkdown.ToHtml(document);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<div>\n<iframe src=\"https://evil.example\"></iframe>\n</div>")]
    public void Raw_html_is_shown_as_text_never_as_markup(string html)
    {
        var rendered = ModuleHtml(html);

        Assert.DoesNotContain("<script", rendered);
        Assert.DoesNotContain("<img", rendered);
        Assert.DoesNotContain("<iframe", rendered);
        Assert.Contains("&lt;", rendered);
    }

    [Fact]
    public void Generic_attributes_do_not_become_event_handlers()
    {
        var rendered = ModuleHtml("# Title {onclick=\"alert(1)\"}\n\nText {#id .class onmouseover=alert(1)}");

        Assert.DoesNotMatch("<[^>]*\\sonclick\\s*=", rendered);
        Assert.DoesNotMatch("<[^>]*\\sonmouseover\\s*=", rendered);
        Assert.Contains("{onclick=", rendered);
    }

    [Fact]
    public void A_video_link_stays_a_link_not_an_embedded_frame()
    {
        var rendered = ModuleHtml("![video](https://www.youtube.com/watch?v=dQw4w9WgXcQ)");

        Assert.DoesNotContain("<iframe", rendered);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JAVASCRIPT:alert(1))")]
    [InlineData("[x](<java\tscript:alert(1)>)")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("![x](data:image/svg+xml;base64,PHN2Zz4=)")]
    [InlineData("[x][r]\n\n[r]: vbscript:msgbox(1)")]
    [InlineData("[x](file:///etc/passwd)")]
    public void Links_with_unsafe_schemes_refuse_the_course_and_are_removed(string markdown)
    {
        using var course = new TempCourse();
        course.Write("modules/01-basics.md", TempCourse.ValidFiles["modules/01-basics.md"] + "\n" + markdown + "\n");

        var result = course.Load();
        var rendered = UnsafeModuleHtml(markdown);

        Assert.Null(result.Course);
        Assert.Contains(result.Diagnostics, d => d.Code == Diagnostics.DiagnosticCodes.UnsafeLink && d.Message.Contains("so it was removed"));
        Assert.DoesNotContain("href=", rendered);
        Assert.DoesNotContain("src=", rendered);
    }

    [Fact]
    public void Safe_links_keep_their_address()
    {
        var rendered = ModuleHtml("[a](https://example.org/x) [b](mailto:team@example.org) <https://example.org/y>");

        Assert.Contains("href=\"https://example.org/x\"", rendered);
        Assert.Contains("href=\"mailto:team@example.org\"", rendered);
        Assert.Contains("href=\"https://example.org/y\"", rendered);
    }

    [Fact]
    public void Course_files_are_linked_through_the_resolver()
    {
        var options = new CourseLoadOptions { ResolveLink = (id, hash, path) => $"/courses/{id}/{hash[..8]}/{path}" };

        var rendered = ModuleHtml("![map](../media/map.png) [bank](../questions/bank.md#q-basics)", options,
            course => course.WriteBytes("media/map.png", [1]));

        Assert.Matches("src=\"/courses/test-course/[0-9a-f]{8}/media/map.png\"", rendered);
        Assert.Matches("href=\"/courses/test-course/[0-9a-f]{8}/questions/bank.md#q-basics\"", rendered);
    }

    [Fact]
    public void Tables_task_lists_footnotes_and_heading_anchors_render()
    {
        var rendered = ModuleHtml("## Steps to take\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\nNote[^1].\n\n[^1]: A footnote.\n\n~~old~~");

        Assert.Contains("<table>", rendered);
        Assert.Contains("type=\"checkbox\"", rendered);
        Assert.Contains("class=\"footnotes\"", rendered);
        Assert.Contains("id=\"steps-to-take\"", rendered);
        Assert.Contains("<del>old</del>", rendered);
    }

    [Fact]
    public void An_email_autolink_is_a_mailto_link_not_a_missing_course_file()
    {
        var html = ModuleHtml("Write to <trainers@example.org>.");

        Assert.Contains("<a href=\"mailto:trainers@example.org\">trainers@example.org</a>", html);
    }

    [Theory]
    [InlineData("[click here](javascript:alert(1))", "click here")]
    [InlineData("[the **map**](../media/missing.png)", "map")]
    [InlineData("![a map of the district](vbscript:run)", "a map of the district")]
    public void A_removed_links_text_is_shown_once(string markdown, string text)
    {
        var html = UnsafeModuleHtml(markdown);

        Assert.Single(html.Split(text)[1..]);
        Assert.DoesNotContain("<a", html);
        Assert.DoesNotContain("<img", html);
    }
}
