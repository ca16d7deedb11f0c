using SmartPolicingLms.Cli;
using SmartPolicingLms.Curricula.Tests.Support;

namespace SmartPolicingLms.Curricula.Tests;

public sealed class CliTests
{
    [Fact]
    public void Validate_exits_zero_and_prints_one_summary_line_for_a_clean_course()
    {
        using var course = new TempCourse();
        var output = new StringWriter();

        var exit = ValidateCommand.Run(course.Folder, strict: true, output);

        Assert.Equal(0, exit);
        Assert.Matches(@"^.*: test-course 1: 1 modules, 2 hours, 1 questions, hash [0-9a-f]{12} \(0 errors, 0 warnings\)\r?\n$", output.ToString());
    }

    [Fact]
    public void Validate_exits_one_and_prints_canonical_lines_for_errors()
    {
        using var course = new TempCourse();
        course.Write("modules/01-basics.md", TempCourse.ValidFiles["modules/01-basics.md"].Replace("hours: 2", "hours: lots"));
        var output = new StringWriter();

        var exit = ValidateCommand.Run(course.Folder, strict: false, output);

        Assert.Equal(1, exit);
        Assert.Contains($"{course.Folder}/modules/01-basics.md(4,8): error CUR0106: 'hours' must be a number", output.ToString());
        Assert.Contains("refused (1 error, 0 warnings)", output.ToString());
    }

    [Fact]
    public void Strict_validation_fails_on_warnings_alone()
    {
        using var course = new TempCourse();
        course.Write("notes.txt", "stray");

        Assert.Equal(0, ValidateCommand.Run(course.Folder, strict: false, new StringWriter()));
        Assert.Equal(1, ValidateCommand.Run(course.Folder, strict: true, new StringWriter()));
    }

    [Fact]
    public void Inspect_lists_modules_with_hours_delivery_and_slots()
    {
        using var course = new TempCourse();
        var output = new StringWriter();

        var exit = InspectCommand.Run(course.Folder, output);

        Assert.Equal(0, exit);
        Assert.Contains("| 1 | Basics | 2 | workshop | 1 co-trainer (sex workers) | 1 | 1 |", output.ToString());
        Assert.Contains("Objectives measured: 1 of 1", output.ToString());
    }

    [Fact]
    public void Inspect_counts_session_plans_and_the_legal_claims_still_pending_review()
    {
        using var course = new TempCourse();
        var output = new StringWriter();
        InspectCommand.Run(course.Folder, output);
        Assert.Contains("Session plans: none of 1 taught modules.", output.ToString());
        Assert.Contains("Legal claims: none listed.", output.ToString());

        course.Write("modules/01-basics.md", TempCourse.ValidFiles["modules/01-basics.md"].Replace("    role: co-trainer\n---", """
                role: co-trainer
            legal-claims:
              - claim: Carrying condoms is not evidence of an offence.
                review: pending
              - claim: A search needs a reason the officer can state.
                reviewed-by: A. Lawyer
                reviewed-on: 2026-11-30
            ---
            """, StringComparison.Ordinal) + """


            ::: plan
            1. 100 min — Case discussion
            2. 15 min break
            3. 20 min — Role play
            :::
            """);
        output = new StringWriter();

        Assert.Equal(0, InspectCommand.Run(course.Folder, output));
        Assert.Contains("Session plans: 1 of 1 taught modules, 120 teaching minutes and 15 minutes of breaks.", output.ToString());
        Assert.Contains("Legal claims: 2, 1 pending local legal review (modules 1).", output.ToString());
    }

    [Fact]
    public void Inspect_shows_the_certificate_wording()
    {
        using var course = new TempCourse();
        var output = new StringWriter();

        InspectCommand.Run(course.Folder, output);

        Assert.Contains("\nCertificate: Certificate of completion. \"Completed the test course.\"\n", output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_course_without_certificate_wording_passes_validation_but_not_strict_validation()
    {
        using var course = new TempCourse();
        course.Write("course.md", TempCourse.ValidFiles["course.md"]
            .Replace("certificate:\n  title: Certificate of completion\n  statement: Completed the test course.\n", ""));
        var output = new StringWriter();

        Assert.Equal(0, ValidateCommand.Run(course.Folder, strict: false, new StringWriter()));
        Assert.Equal(1, ValidateCommand.Run(course.Folder, strict: true, output));
        Assert.Contains("course.md(2,1): warning CUR0105: course.md has no 'certificate'", output.ToString());
    }
}
