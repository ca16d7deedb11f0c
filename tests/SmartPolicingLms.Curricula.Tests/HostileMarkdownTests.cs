using SmartPolicingLms.Curricula.Tests.Support;

namespace SmartPolicingLms.Curricula.Tests;

/// <summary>
/// Markdown built to make the parser slow or recurse deeply is refused with a diagnostic, never thrown.
/// What such input gives is checked here; how long it takes is measured by hand, with
/// <c>dotnet run -c Release --project tests/SmartPolicingLms.Curricula.Benchmarks -- --hostile</c>.
/// </summary>
public sealed class HostileMarkdownTests
{
    static CourseLoadResult LoadWithBody(TempCourse course, string body)
    {
        course.Write("modules/01-basics.md", TempCourse.ValidFiles["modules/01-basics.md"] + "\n" + body + "\n");
        return course.Load();
    }

    [Fact]
    public void Nesting_past_the_parsers_limit_is_a_diagnostic()
    {
        using var course = new TempCourse();

        var result = LoadWithBody(course, string.Concat(Enumerable.Repeat("> ", 3000)));

        Assert.Contains(result.Diagnostics, d => d.Code == "CUR0011" && d.Message.Contains("nested too deeply"));
        Assert.Null(result.Course);
    }

    [Theory]
    [InlineData("[x](")]
    [InlineData("![x](")]
    [InlineData("[^a")]
    [InlineData("*a ")]
    [InlineData("~~a")]
    public void The_slowest_patterns_just_under_the_limit_load_or_are_refused_and_never_throw(string unit)
    {
        using var course = new TempCourse();
        var paragraph = string.Concat(Enumerable.Repeat(unit, Rendering.CourseMarkdown.MaxBlockDelimiters / unit.Count(c => c is '[' or '*' or '~')));

        var result = LoadWithBody(course, paragraph);

        // Unclosed brackets nest; past the renderer's depth they are refused, otherwise the text loads.
        Assert.True(result.Course is not null || result.Diagnostics.Any(d => d.Code == "CUR0011" && d.Message.Contains("nested")),
            string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void A_paragraph_longer_than_the_limit_is_refused_at_its_first_line_before_parsing()
    {
        using var course = new TempCourse();
        var quadratic = string.Concat(Enumerable.Repeat("[x](", 40_000));

        var result = LoadWithBody(course, "Intro.\n\n" + quadratic);

        // Parsing this paragraph would take minutes. The refusal is the size check that runs before Markdig
        // (it names the paragraph's length), not the depth check that can only run after it.
        var refusal = Assert.Single(result.Diagnostics);
        Assert.Equal(("CUR0011", 19), (refusal.Code, refusal.Line));
        Assert.Contains("characters starts here; a paragraph, list or table may be at most", refusal.Message);
    }

    [Fact]
    public void A_paragraph_with_too_many_brackets_is_refused_however_short()
    {
        using var course = new TempCourse();

        var result = LoadWithBody(course, string.Concat(Enumerable.Repeat("[x](", 501)));

        Assert.Contains(result.Diagnostics, d => d.Code == "CUR0011" && d.Line == 16 && d.Message.Contains("501"));
    }

    [Fact]
    public void A_whole_file_of_the_slowest_paragraphs_allowed_still_loads()
    {
        using var course = new TempCourse();
        var paragraph = string.Concat(Enumerable.Repeat("[x](", 250));
        var body = string.Join("\n\n", Enumerable.Repeat(paragraph, 480_000 / (paragraph.Length + 2)));

        var result = LoadWithBody(course, body);

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Course);
    }

    [Fact]
    public void Long_documents_made_of_ordinary_paragraphs_load()
    {
        using var course = new TempCourse();
        var body = string.Join("\n\n", Enumerable.Range(0, 2000).Select(i => $"Paragraph {i} with [a link](https://example.org/{i}) and *emphasis*."));

        var result = LoadWithBody(course, body);

        Assert.Empty(result.Diagnostics);
    }
}
