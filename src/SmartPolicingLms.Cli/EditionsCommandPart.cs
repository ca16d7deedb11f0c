using System.Globalization;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Cli;

/// <summary>
/// What inspect says about a course's editions: each language, whether it awaits a native speaker's review, and its
/// counts, which match the reference's because validation refuses editions that do not align.
/// </summary>
internal static class EditionsCommandPart
{
    public static void Write(Course course, TextWriter output)
    {
        if (course.Editions.Count == 0)
        {
            output.WriteLine($"Editions: none besides the reference ({Language(course.Language)}).");
            output.WriteLine();
            return;
        }
        output.WriteLine($"Editions: {course.Editions.Count} besides the reference ({Language(course.Language)}), aligned with it.");
        output.WriteLine();
        output.WriteLine("| edition | title | review | modules | objectives | questions (scored) |");
        output.WriteLine("|---|---|---|---|---|---|");
        foreach (var edition in course.Editions)
        {
            var content = edition.Content;
            output.WriteLine($"| {Language(edition.Language)} | {DiagnosticText.Escape(content.Title)} | "
                + $"{(edition.AwaitingReview ? "awaiting a native speaker's review" : "reviewed")} | {content.Modules.Count} | "
                + $"{content.Objectives.Count()} | {content.Questions.Count} ({content.Questions.Count(q => q.IsScored)}) |");
        }
        output.WriteLine();
    }

    static string Language(string tag)
    {
        try
        {
            return $"{CultureInfo.GetCultureInfo(tag).EnglishName}, {tag}";
        }
        catch (CultureNotFoundException)
        {
            return tag;
        }
    }
}
