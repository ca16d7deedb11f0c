using SmartPolicingLms.Curricula.Tests.Support;

namespace SmartPolicingLms.Curricula.Tests;

public sealed class HashTests
{
    [Fact]
    public void Line_endings_and_a_byte_order_mark_do_not_change_the_hash()
    {
        using var unix = new TempCourse();
        using var windows = new TempCourse(TempCourse.ValidFiles.ToDictionary(f => f.Key, f => "\uFEFF" + f.Value.Replace("\n", "\r\n")));

        var a = unix.Load().Course!;
        var b = windows.Load().Course!;

        Assert.Equal(a.ContentHash, b.ContentHash);
        Assert.Equal(64, a.ContentHash.Length);
    }

    [Fact]
    public void Any_change_to_a_file_changes_the_hash()
    {
        using var course = new TempCourse();
        var before = course.Load().Course!.ContentHash;

        course.Write("modules/01-basics.md", TempCourse.ValidFiles["modules/01-basics.md"] + "\nOne more line.\n");

        Assert.NotEqual(before, course.Load().Course!.ContentHash);
    }

    [Fact]
    public void Adding_an_image_changes_the_hash()
    {
        using var course = new TempCourse();
        var before = course.Load().Course!.ContentHash;

        course.WriteBytes("media/map.png", [137, 80, 78, 71]);

        Assert.NotEqual(before, course.Load().Course!.ContentHash);
    }

    [Fact]
    public void The_hash_does_not_depend_on_the_folder_name()
    {
        using var one = new TempCourse();
        using var two = new TempCourse();

        Assert.Equal(one.Load().Course!.ContentHash, two.Load().Course!.ContentHash);
    }
}
