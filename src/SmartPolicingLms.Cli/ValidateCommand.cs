using SmartPolicingLms.Curricula.Diagnostics;

namespace SmartPolicingLms.Cli;

internal static class ValidateCommand
{
    // itemCheck: also report the item-writing check's warnings, which --strict then treats as errors like any warning.
    public static int Run(string folder, bool strict, TextWriter output, bool itemCheck = false)
    {
        var results = Courses.From(folder, new Curricula.CourseLoadOptions { CheckItemWriting = itemCheck });
        if (results.Count == 0)
        {
            output.WriteLine($"{DiagnosticText.Escape(folder)}: error CUR0002: no course folder (a folder with a course.md) found here");
            return 1;
        }
        foreach (var result in results)
        {
            foreach (var diagnostic in DiagnosticDigest.Shown(result.Diagnostics, result.Folder)) output.WriteLine(diagnostic);
            output.WriteLine(Summary(result));
        }
        return results.Any(r => r.HasErrors || (strict && r.Diagnostics.Count > 0)) ? 1 : 0;
    }

    static string Summary(Curricula.CourseLoadResult result)
    {
        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = result.Diagnostics.Count - errors;
        var counts = $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";
        var folder = DiagnosticText.Escape(result.Folder);
        if (result.Course is not { } course) return $"{folder}: refused ({counts})";
        return $"{folder}: {course.Id} {DiagnosticText.Escape(course.VersionLabel)}: {course.Modules.Count} modules, "
            + $"{course.Settings.DeclaredHours:0.##} hours, {course.Questions.Count} questions, {Editions(course)}hash {course.ContentHash[..12]} ({counts})";
    }

    // Only courses with editions say so, so the line of a course in one language reads as before.
    static string Editions(Curricula.Model.Course course) =>
        course.Editions.Count == 0 ? "" : $"editions {string.Join(", ", course.Editions.Select(e => e.Language))}, ";
}
