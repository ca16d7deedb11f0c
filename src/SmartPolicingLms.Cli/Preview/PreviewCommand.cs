using SmartPolicingLms.Curricula;

namespace SmartPolicingLms.Cli.Preview;

/// <summary>
/// Writes a course as static HTML pages, as recruits and as instructors will see it, so an author
/// can read it in a browser (from file://) before publishing. Each audience gets its own
/// subfolder with every page and image, so the two never share a file.
/// </summary>
internal static class PreviewCommand
{
    /// <summary>Marks a folder preview wrote, so a second preview may replace it and nothing else is ever overwritten.</summary>
    public const string Marker = ".splms-preview";

    // edition: the language tag of an edition to show instead of the reference (the course as written in course.md).
    public static int Run(string courseFolder, string outputFolder, TextWriter output, string? edition = null)
    {
        if (RefusalToWrite(outputFolder) is { } refusal)
        {
            output.WriteLine($"{outputFolder}: error: {refusal}");
            return 1;
        }
        var result = CourseLoader.Load(courseFolder, new CourseLoadOptions { ResolveLink = (_, _, path) => PreviewPaths.PageFor(path) });
        foreach (var diagnostic in result.Diagnostics) output.WriteLine(diagnostic);
        if (result.Course is not { } reference)
        {
            output.WriteLine($"{courseFolder}: no preview written; fix the errors above first");
            return 1;
        }
        var course = edition is null ? reference : reference.Editions.FirstOrDefault(e => e.Language == edition)?.Content;
        if (course is null)
        {
            var known = reference.Editions.Count == 0 ? "it has none" : "its editions are " + string.Join(", ", reference.Editions.Select(e => e.Language));
            output.WriteLine($"{courseFolder}: error: the course has no '{edition}' edition ({known}); no preview written");
            return 1;
        }
        Clear(outputFolder);
        foreach (var audience in Enum.GetValues<PreviewAudience>()) new PreviewSite(course, audience).Write(outputFolder);
        File.WriteAllText(Path.Combine(outputFolder, "index.html"), PreviewSite.Chooser(course));
        File.WriteAllText(Path.Combine(outputFolder, Marker), "Written by 'splms preview'; the next preview replaces this folder.\n");
        output.WriteLine($"{outputFolder}: preview of {course.Id} {course.VersionLabel} written; open {Path.Combine(outputFolder, "index.html")} in a browser");
        return 0;
    }

    static string? RefusalToWrite(string folder)
    {
        if (File.Exists(folder)) return "this is a file; give a folder for the preview";
        if (!Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any()) return null;
        if (File.Exists(Path.Combine(folder, Marker))) return null;
        return "the folder is not empty and was not made by 'splms preview'; give an empty or new folder, so nothing of yours is overwritten";
    }

    /// <summary>Removes what an earlier preview wrote (the folder holds the marker, so it is all preview's).</summary>
    static void Clear(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var audience in Enum.GetValues<PreviewAudience>())
        {
            var sub = Path.Combine(folder, PreviewPaths.FolderOf(audience));
            if (Directory.Exists(sub)) Directory.Delete(sub, recursive: true);
        }
    }
}
