using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Curricula.Tests.Support;

namespace SmartPolicingLms.Curricula.Tests.Reporting;

public sealed class CascadeTests
{
    const string SecondModule = """
        ---
        id: more
        title: More
        hours: 1
        delivery: lecture
        objectives:
          - id: know-more
            text: Know more.
        ---
        """;

    const string SecondBank = """
        ## q-more
        Objective: know-more
        Kind: true-false

        More is more.

        - [x] True
        - [ ] False
        """;

    [Fact]
    public void A_module_refused_for_its_encoding_is_the_only_error()
    {
        using var course = new TempCourse();
        course.Write("course.md", TempCourse.ValidFiles["course.md"].Replace("hours: 2", "hours: 3"));
        course.WriteBytes("modules/01-basics.md", [.. "---\nid: basics\ntitle: Basics "u8, 0xE9, .. "\n---\n"u8]);
        course.Write("modules/02-more.md", SecondModule);
        course.Write("questions/more.md", SecondBank);

        var reported = course.Diagnostics(course.Load());

        Assert.Equal(["modules/01-basics.md(3,15): error CUR0005"], reported);
    }

    [Fact]
    public void A_module_whose_front_matter_cannot_be_read_does_not_make_its_objectives_unknown()
    {
        using var course = new TempCourse();
        course.Write("modules/01-basics.md", TempCourse.ValidFiles["modules/01-basics.md"].Replace("title: Basics", "title: [Basics"));

        var reported = course.Diagnostics(course.Load());

        Assert.DoesNotContain(reported, r => r.Contains("CUR0304"));
        Assert.Contains(reported, r => r.StartsWith("modules/01-basics.md", StringComparison.Ordinal) && r.Contains("CUR0102"));
    }

    [Fact]
    public void A_course_md_refused_for_its_encoding_is_not_also_missing()
    {
        using var course = new TempCourse();
        course.WriteBytes("course.md", [.. "---\nid: x\ntitle: "u8, 0xFF, .. "\n---\n"u8]);

        var reported = course.Diagnostics(course.Load());

        Assert.Equal(["course.md(3,8): error CUR0005"], reported);
    }

    [Fact]
    public void Objectives_of_the_wrong_shape_are_not_also_empty_nor_unknown_to_the_questions()
    {
        using var course = new TempCourse();
        course.Write("modules/01-basics.md", TempCourse.ValidFiles["modules/01-basics.md"]
            .Replace("objectives:\n  - id: know-basics\n    text: Know the basics.", "objectives: know-basics"));

        var reported = course.Diagnostics(course.Load());

        Assert.Equal(["modules/01-basics.md(6,13): error CUR0106"], reported);
    }

    [Fact]
    public void A_folder_read_only_in_part_is_not_also_missing_its_modules_and_questions()
    {
        using var course = new TempCourse();
        for (var i = 0; i < CourseFileKinds.MaxFiles + 5; i++) course.WriteBytes($"media/{i:000}.png", [1]);

        var reported = course.Diagnostics(course.Load());

        Assert.Equal(CourseFileKinds.MaxFiles + 5, Directory.EnumerateFiles(Path.Combine(course.Folder, "media")).Count());
        Assert.Equal("error CUR0004", Assert.Single(reported).Split(": ")[1]);
    }

    [Fact]
    public void A_bank_that_failed_to_parse_does_not_leave_objectives_unmeasured()
    {
        using var course = new TempCourse();
        course.Write("questions/bank.md", TempCourse.ValidFiles["questions/bank.md"].Replace("- [x] This one", "- [ ] This one"));

        var reported = course.Diagnostics(course.Load());

        Assert.Equal(["questions/bank.md(7,1): error CUR0302"], reported);
    }
}
