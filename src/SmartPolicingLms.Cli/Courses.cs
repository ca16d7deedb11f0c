using SmartPolicingLms.Curricula;

namespace SmartPolicingLms.Cli;

internal static class Courses
{
    /// <summary>A folder holding course.md is one course; any other folder is a set of courses.</summary>
    public static IReadOnlyList<CourseLoadResult> From(string folder, CourseLoadOptions? options = null) =>
        File.Exists(Path.Combine(folder, "course.md")) ? [CourseLoader.Load(folder, options)] : CourseLoader.LoadAll(folder, options);
}
