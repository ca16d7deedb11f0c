using SmartPolicingLms.Cli;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Tests.Support;

namespace SmartPolicingLms.Curricula.Tests.Reporting;

public sealed class DigestTests
{
    [Fact]
    public void Repeated_diagnostics_show_the_first_twenty_and_one_line_counting_the_rest()
    {
        using var course = new TempCourse();
        var keys = string.Concat(Enumerable.Range(1, 500).Select(i => $"extra-{i}: x\n"));
        course.Write("course.md", TempCourse.ValidFiles["course.md"].Replace("summary:", keys + "summary:"));
        var output = new StringWriter();

        ValidateCommand.Run(course.Folder, strict: false, output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(DiagnosticDigest.ShownPerCode, lines.Count(l => l.Contains("CUR0104: unknown key", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith($"{course.Folder}: error CUR0104: not shown: 480 more errors with this code;", StringComparison.Ordinal));
        Assert.Contains("refused (500 errors, 0 warnings)", output.ToString());
        Assert.Equal(DiagnosticDigest.ShownPerCode + 2, lines.Length);
    }

    [Fact]
    public void Counts_say_how_many_errors_and_warnings_were_left_out_of_one_code()
    {
        var all = Enumerable.Range(1, 25).Select(i => new Diagnostic("CUR0105", i % 2 == 0 ? Severity.Error : Severity.Warning, $"m{i}.md", 1, 1, "x"))
            .Append(new Diagnostic("CUR0201", Severity.Error, "a.md", 1, 1, "y")).ToList();

        var shown = DiagnosticDigest.Shown(all, "course");

        Assert.Equal(22, shown.Count);
        Assert.Equal("CUR0201", shown[20].Code);
        Assert.Equal("course: error CUR0105: not shown: 2 more errors and 3 more warnings with this code; the first 20 are listed, and fixing them often fixes the rest",
            shown[21].ToString());
    }
}
