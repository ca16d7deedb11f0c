using SmartPolicingLms.Cli;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Tests.Support;

namespace SmartPolicingLms.Curricula.Tests.Reporting;

public sealed class ForgeryTests
{
    const string Forged = "course.md(1,1): error CUR9999: forged";

    // Every character a terminal, editor or CI log may take as the end of a line, or that reorders what a reader sees.
    public static TheoryData<string> Hostile() =>
    [
        "\n", "\r", "\r\n", "\v", "\f", "\u0085", "\u2028", "\u2029", "\0", "\u001b[2K", "\u202e", "\u2066", "\u200f", "\ufeff",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_hostile_character_in_a_path_or_message_never_starts_a_second_line(string hostile)
    {
        var diagnostic = new Diagnostic("CUR0401", Severity.Error, $"c/a{hostile}b.md", 2, 3, $"the link 'x{hostile}{Forged}' is broken");

        var line = diagnostic.ToString();

        Assert.DoesNotContain(line, c => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Control
            or System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.LineSeparator
            or System.Globalization.UnicodeCategory.ParagraphSeparator);
        Assert.StartsWith("c/a\\", line);
    }

    [Fact]
    public void Escapes_are_visible_and_ordinary_text_is_left_alone()
    {
        Assert.Equal("a\\nb\\r\\tc\\u2028d\\u202Ee\\U000E0001", DiagnosticText.Escape("a\nb\r\tc\u2028d\u202ee\U000E0001"));
        Assert.Equal("Модуль ВИЧ: ұлттық 🚓 '\\:'", DiagnosticText.Escape("Модуль ВИЧ: ұлттық 🚓 '\\:'"));
    }

    [Fact]
    public void A_file_name_with_a_newline_cannot_print_a_forged_diagnostic()
    {
        using var course = new TempCourse();
        course.Write($"notes\n{Forged}.txt", "stray");

        var lines = Validate(course, out _);

        Assert.DoesNotContain(lines, l => l.StartsWith("course.md", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.StartsWith(course.Folder, l));
    }

    [Fact]
    public void A_front_matter_value_with_a_newline_stays_inside_its_message()
    {
        using var course = new TempCourse();
        course.Write("modules/01-basics.md", TempCourse.ValidFiles["modules/01-basics.md"]
            .Replace("hours: 2", $"hours: \"two\\n{Forged}\""));

        var lines = Validate(course, out var result);

        Assert.Equal(result.Diagnostics.Count + 1, lines.Count);
        Assert.DoesNotContain(lines, l => l.StartsWith("course.md", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\\ncourse.md(1,1)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_NewLine_entity_in_a_link_stays_inside_its_message()
    {
        using var course = new TempCourse();
        course.Write("modules/01-basics.md", TempCourse.ValidFiles["modules/01-basics.md"]
            + $"\n[see](missing&NewLine;{Forged.Replace(" ", "%20")}.md)\n");

        var lines = Validate(course, out var result);

        Assert.Contains(result.Diagnostics, d => d.Message.Contains('\n'));
        Assert.Equal(result.Diagnostics.Count + 1, lines.Count);
        Assert.DoesNotContain(lines, l => l.StartsWith("course.md", StringComparison.Ordinal));
    }

    static List<string> Validate(TempCourse course, out CourseLoadResult result)
    {
        var output = new StringWriter();
        ValidateCommand.Run(course.Folder, strict: true, output);
        result = course.Load();
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
    }
}
