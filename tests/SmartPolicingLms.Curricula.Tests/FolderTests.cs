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

    [Fact]
    public void A_missing_folder_is_reported_not_thrown()
    {
        var result = CourseLoader.Load("/nonexistent/course");

        Assert.Equal(DiagnosticCodes.FolderNotFound, Assert.Single(result.Diagnostics).Code);
    }
}
