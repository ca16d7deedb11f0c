using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Curricula.Tests.Support;

namespace SmartPolicingLms.Curricula.Tests;

public sealed class FolderTests
{
    [Fact]
    public void Text_that_is_not_utf8_is_refused_at_the_line_of_the_bad_byte()
    {
        using var course = new TempCourse();
        course.WriteBytes("questions/more.md", [.. "## q-x\nObjective: o\n"u8, 0xC3, 0x28, .. "\n"u8]);

        var result = course.Load();

        Assert.Contains("questions/more.md(3,1): error CUR0005", course.Diagnostics(result));
        Assert.Null(result.Course);
    }

    [Fact]
    public void A_nul_byte_is_refused_with_its_position()
    {
        using var course = new TempCourse();
        course.WriteBytes("questions/more.md", [.. "## q-x\nab"u8, 0, .. "\n"u8]);

        Assert.Contains("questions/more.md(2,3): error CUR0006", course.Diagnostics(course.Load()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n")]
    public void An_empty_file_is_refused(string text)
    {
        using var course = new TempCourse();
        course.Write("questions/more.md", text);

        Assert.Contains("questions/more.md: error CUR0007", course.Diagnostics(course.Load()));
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_without_reading_it()
    {
        using var course = new TempCourse();
        var path = Path.Combine(course.Folder, "questions", "huge.md");
        using (var stream = File.Create(path)) stream.SetLength(CourseFileKinds.MaxTextBytes + 1L);

        var result = course.Load();

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.FileTooLarge);
        Assert.EndsWith("questions/huge.md", diagnostic.File);
        Assert.Contains("512 KB", diagnostic.Message);
    }

    [Fact]
    public void A_folder_with_too_many_files_is_refused_once()
    {
        using var course = new TempCourse();
        for (var i = 0; i < CourseFileKinds.MaxFiles + 5; i++) course.WriteBytes($"media/{i:000}.png", [1]);

        var result = course.Load();

        Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.FolderTooLarge);
        Assert.Null(result.Course);
    }

    [Fact]
    public void A_symbolic_link_out_of_the_folder_is_refused_and_not_followed()
    {
        using var course = new TempCourse();
        var outside = Path.GetTempFileName();
        File.WriteAllText(outside, "## q-secret\nObjective: know-basics\nKind: attitude\n\nSecret.\n");
        File.CreateSymbolicLink(Path.Combine(course.Folder, "questions", "secret.md"), outside);
        try
        {
            var result = course.Load();

            Assert.Contains("questions/secret.md: error CUR0008", course.Diagnostics(result));
            Assert.Null(result.Course);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void A_symbolic_link_to_a_folder_is_refused()
    {
        using var course = new TempCourse();
        Directory.CreateSymbolicLink(Path.Combine(course.Folder, "media"), "/etc");

        Assert.Contains("media: error CUR0008", course.Diagnostics(course.Load()));
    }

    [Fact]
    public void A_symbolic_link_to_a_file_inside_the_folder_is_read()
    {
        using var course = new TempCourse();
        course.WriteBytes("media/a.png", [1, 2, 3]);
        File.CreateSymbolicLink(Path.Combine(course.Folder, "media", "b.png"), Path.Combine(course.Folder, "media", "a.png"));

        var result = course.Load();

        Assert.Empty(result.Diagnostics);
        Assert.Equal([1, 2, 3], result.Course!.Files.Single(f => f.Path == "media/b.png").Content.ToArray());
    }

    [Theory]
    [InlineData("media/map\ncourse.md(1,1): error CUR9999: forged.png", "media/map\\ncourse.md(1,1): error CUR9999: forged.png")]
    [InlineData("media/map\u2028.png", "media/map\\u2028.png")]
    [InlineData("media/\u202Egnp.png", "media/\\u202Egnp.png")]
    public void A_name_with_a_control_character_is_refused_shown_escaped_and_never_read(string name, string shown)
    {
        using var course = new TempCourse();
        course.WriteBytes(name, [1, 2, 3]);

        var result = course.Load();

        var refusal = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.FileNameUnsafe, refusal.Code);
        Assert.EndsWith("/" + shown, refusal.File);
        Assert.DoesNotContain(refusal.ToString(), c => c is '\n' or '\u2028' or '\u202E');
        Assert.Null(result.Course);
    }

    [Fact]
    public void A_folder_whose_name_holds_a_newline_is_not_walked()
    {
        using var course = new TempCourse();
        course.Write("questions/a\nb/extra.md", "## q-x\nObjective: know-basics\n\nText.\n");

        var result = course.Load();

        Assert.Equal(["questions/a\\nb: error CUR0012"], course.Diagnostics(result));
    }

    [Theory]
    [InlineData("media/CON.png", "device name")]
    [InlineData("modules/aux.md", "device name")]
    [InlineData("media/a:b.png", "':'")]
    [InlineData("media/q?.png", "'?'")]
    [InlineData("media/end.png.", "dot or space at the end")]
    public void A_name_windows_cannot_hold_is_an_error_so_the_course_unpacks_everywhere(string name, string why)
    {
        using var course = new TempCourse();
        course.WriteBytes(name, [1]);

        var result = course.Load();

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.FileNameNotPortable && d.File.EndsWith(name) && d.Message.Contains(why));
        Assert.Null(result.Course);
    }

    [Fact]
    public void Two_names_that_differ_only_in_case_are_an_error_on_the_second()
    {
        using var course = new TempCourse();
        course.WriteBytes("media/Map.png", [1]).WriteBytes("media/map.png", [2]);

        var result = course.Load();

        Assert.Equal(["media/map.png: error CUR0013"], course.Diagnostics(result));
    }

    [Fact]
    public void A_hard_link_to_a_file_outside_the_folder_is_refused_like_a_symbolic_link()
    {
        if (!OperatingSystem.IsLinux()) return; // hard links are checked on Linux only
        using var course = new TempCourse();
        var outside = Path.Combine(Path.GetTempPath(), "splms-secret-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(outside, "## q-secret\nObjective: know-basics\nKind: attitude\n\nSecret.\n");
        try
        {
            HardLink(outside, Path.Combine(course.Folder, "questions", "secret.md"));

            var result = course.Load();

            Assert.Equal(["questions/secret.md: error CUR0008"], course.Diagnostics(result));
            Assert.Null(result.Course);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void Two_names_of_one_file_inside_the_folder_are_read()
    {
        if (!OperatingSystem.IsLinux()) return; // hard links are checked on Linux only
        using var course = new TempCourse();
        course.WriteBytes("media/a.png", [1, 2, 3]);
        HardLink(Path.Combine(course.Folder, "media", "a.png"), Path.Combine(course.Folder, "media", "b.png"));

        var result = course.Load();

        Assert.Empty(result.Diagnostics);
        Assert.Equal([1, 2, 3], result.Course!.Files.Single(f => f.Path == "media/b.png").Content.ToArray());
    }

    [Fact]
    public void Reading_a_small_course_allocates_about_its_size_not_a_buffer_per_file_of_the_limit()
    {
        using var course = new TempCourse();
        course.Load();

        var before = GC.GetAllocatedBytesForCurrentThread();
        course.Load();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Three small files: a 512 KB buffer each was 1.5 MB; the course itself needs a few dozen KB.
        Assert.InRange(allocated, 0, CourseFileKinds.MaxTextBytes / 2);
    }

    static void HardLink(string existing, string newName)
    {
        using var ln = System.Diagnostics.Process.Start("ln", [existing, newName]);
        ln.WaitForExit();
        Assert.Equal(0, ln.ExitCode);
    }

    [Fact]
    public void A_missing_folder_is_reported_not_thrown()
    {
        var result = CourseLoader.Load("/nonexistent/course");

        Assert.Equal(DiagnosticCodes.FolderNotFound, Assert.Single(result.Diagnostics).Code);
    }
}
