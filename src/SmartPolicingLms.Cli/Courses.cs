using SmartPolicingLms.Curricula;

namespace SmartPolicingLms.Cli;

internal static class Courses
{
    /// <summary>A folder holding course.md is one course; any other folder is a set of courses.</summary>
    public static IReadOnlyList<CourseLoadResult> From(string folder) =>
        File.Exists(Path.Combine(folder, "course.md")) ? [CourseLoader.Load(folder)] : CourseLoader.LoadAll(folder);
}
