using SmartPolicingLms.Curricula.Rendering;
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
    [InlineData("[x](", 1)]
    [InlineData("![x](", 1)]
    [InlineData("[^a", 2)]
    [InlineData("*a ", 1)]
    [InlineData("a* ", 1)]
    [InlineData("_a ", 1)]
    [InlineData("~~a", 1)]
    [InlineData("==a", 1)]
    [InlineData("[`]`", 1)]
    public void The_slowest_patterns_just_under_the_limit_load_or_are_refused_and_never_throw(string unit, int marks)
    {
        using var course = new TempCourse();
        var paragraph = string.Concat(Enumerable.Repeat(unit, MarkdownLimits.File.MaxMarksPerRun / marks));

        var result = LoadWithBody(course, paragraph);

        // Unclosed brackets nest; past the renderer's depth they are refused, otherwise the text loads.
        Assert.True(result.Course is not null || result.Diagnostics.Any(d => d.Code == "CUR0011" && d.Message.Contains("nested")),
            string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void A_paragraph_of_marks_far_past_the_limit_is_refused_at_its_first_line_before_parsing()
    {
        using var course = new TempCourse();
        var quadratic = string.Concat(Enumerable.Repeat("[x](", 40_000));

        var result = LoadWithBody(course, "Intro.\n\n" + quadratic);

        // Parsing this paragraph would take minutes. The refusal is the count that runs before Markdig
        // (it names the number of marks), not the depth check that can only run after it.
        var refusal = Assert.Single(result.Diagnostics);
        Assert.Equal(("CUR0011", 19), (refusal.Code, refusal.Line));
        Assert.Contains("holds 40,000 emphasis and link marks", refusal.Message);
    }

    [Fact]
    public void A_paragraph_with_too_many_brackets_is_refused_however_short()
    {
        using var course = new TempCourse();

        var result = LoadWithBody(course, string.Concat(Enumerable.Repeat("[x](", MarkdownLimits.File.MaxMarksPerRun + 1)));

        Assert.Contains(result.Diagnostics, d => d.Code == "CUR0011" && d.Line == 16 && d.Message.Contains("1,001"));
    }

    [Fact]
    public void A_file_of_the_slowest_paragraphs_is_refused_where_their_work_passes_the_files_budget_before_parsing()
    {
        using var course = new TempCourse();
        // 250 marks a paragraph: 62,500 units of work each, so the 65th passes the budget of 4,000,000.
        var paragraph = string.Concat(Enumerable.Repeat("[x](", 250));
        var body = string.Join("\n\n", Enumerable.Repeat(paragraph, 480_000 / (paragraph.Length + 2)));

        var result = LoadWithBody(course, body);

        var allowed = (int)(MarkdownLimits.File.MaxWorkPerText / (250 * 250));
        var refusal = Assert.Single(result.Diagnostics);
        Assert.Equal(("CUR0011", 17 + 2 * allowed), (refusal.Code, refusal.Line)); // the body starts on line 17, a paragraph every 2 lines
        Assert.Contains("too many marks in long paragraphs", refusal.Message);
    }

    [Fact]
    public void The_most_work_a_file_may_hold_in_paragraphs_at_the_limit_loads()
    {
        using var course = new TempCourse();
        var paragraph = string.Concat(Enumerable.Repeat("*a* [b](https://example.org) ", MarkdownLimits.File.MaxMarksPerRun / 3));
        var body = string.Join("\n\n", Enumerable.Repeat(paragraph, 4));

        var result = LoadWithBody(course, body);

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_glossary_table_of_130_rows_with_a_bold_term_and_a_link_per_row_loads()
    {
        using var course = new TempCourse();
        var rows = Enumerable.Range(1, 130).Select(i =>
            $"| **Term number {i}** | What term {i} means in a police station, in a sentence or two, as the source says ([source {i}](https://example.org/glossary/{i})). |");
        var table = "| Term | Meaning |\n|---|---|\n" + string.Join("\n", rows);

        var result = LoadWithBody(course, table);

        Assert.True(table.Length > 12_000, "longer than the old per-paragraph limit");
        Assert.Empty(result.Diagnostics);
        var html = result.Course!.Modules[0].Html;
        Assert.Equal(131, html.Split("<tr>").Length - 1);
        Assert.Contains("<strong>Term number 130</strong>", html);
    }

    [Fact]
    public void A_list_counts_its_items_apart_so_a_long_list_of_links_loads()
    {
        using var course = new TempCourse();
        var list = string.Join("\n", Enumerable.Range(1, 700).Select(i => $"- **Service {i}**: see [its page](https://example.org/{i})"));

        Assert.Empty(LoadWithBody(course, list).Diagnostics);
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
