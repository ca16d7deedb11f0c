using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Folder;
using SmartPolicingLms.Curricula.Parsing;

namespace SmartPolicingLms.Curricula;

/// <summary>
/// The one entry point: reads course folders into validated, rendered, hashed courses. Bad
/// input never throws; it comes back as diagnostics with file, line and column.
/// </summary>
public static class CourseLoader
{
    /// <summary>Loads one course folder.</summary>
    /// <param name="folder">The course folder, as the author names it (diagnostics use this path).</param>
    /// <param name="options">Optional link rewriting; null for defaults.</param>
    public static CourseLoadResult Load(string folder, CourseLoadOptions? options = null)
    {
        var diagnostics = new DiagnosticBag(Display(folder));
        if (!Directory.Exists(folder))
        {
            diagnostics.Error(DiagnosticCodes.FolderNotFound, "", 0, 0, "there is no course folder here");
            return new CourseLoadResult(folder, null, diagnostics.Items);
        }
        var files = new CourseFolderReader(diagnostics).Read(folder);
        var course = new CourseBuilder(files, options ?? new CourseLoadOptions(), diagnostics).Build();
        return new CourseLoadResult(folder, diagnostics.HasErrors ? null : course, diagnostics.Items);
    }

    /// <summary>
    /// Loads every course folder (every sub-folder holding a course.md) under a curricula
    /// folder, and reports two folders that claim the same course id.
    /// </summary>
    public static IReadOnlyList<CourseLoadResult> LoadAll(string curriculaFolder, CourseLoadOptions? options = null)
    {
        if (!Directory.Exists(curriculaFolder))
        {
            var missing = new DiagnosticBag(Display(curriculaFolder));
            missing.Error(DiagnosticCodes.FolderNotFound, "", 0, 0, "there is no curricula folder here");
            return [new CourseLoadResult(curriculaFolder, null, missing.Items)];
        }
        var results = Directory.EnumerateDirectories(curriculaFolder)
            .Where(d => !Path.GetFileName(d).StartsWith('.'))
            .Where(d => File.Exists(Path.Combine(d, "course.md")))
            .Order(StringComparer.Ordinal)
            .Select(d => Load(d, options))
            .ToList();
        return RefuseDuplicateIds(results);
    }

    static List<CourseLoadResult> RefuseDuplicateIds(List<CourseLoadResult> results)
    {
        var seen = new Dictionary<string, string>();
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].Course is not { } course) continue;
            if (seen.TryAdd(course.Id, results[i].Folder)) continue;
            var duplicate = new Diagnostic(DiagnosticCodes.DuplicateCourse, Severity.Error, Display(results[i].Folder) + "/course.md", 0, 0,
                $"the course id '{course.Id}' is already used by {Display(seen[course.Id])}; each course needs its own id");
            results[i] = results[i] with { Course = null, Diagnostics = [.. results[i].Diagnostics, duplicate] };
        }
        return results;
    }

    static string Display(string folder) => folder.Replace('\\', '/').TrimEnd('/');
}
