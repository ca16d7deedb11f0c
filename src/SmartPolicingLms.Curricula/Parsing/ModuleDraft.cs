using System.Text.RegularExpressions;
using SmartPolicingLms.Curricula.Diagnostics;

namespace SmartPolicingLms.Curricula.Parsing;

/// <summary>A module file read and checked on its own, before the course-wide rules.</summary>
internal sealed partial record ModuleDraft(MarkdownSource Source, int Number, ModuleFrontMatter FrontMatter)
{
    public string Path => Source.File.Path;

    /// <summary>The module's session plan as written; null when it has no <c>::: plan</c> block.</summary>
    public Model.SessionPlan? Plan { get; init; }

    /// <summary>The number in a module file name (<c>03-hiv.md</c> is 3), or null when it has none.</summary>
    public static int? NumberOf(string path)
    {
        var match = NumberPattern().Match(System.IO.Path.GetFileName(path));
        return match.Success && int.TryParse(match.Groups[1].Value, out var n) ? n : null;
    }

    /// <summary>Checks module files are numbered 1, 2, 3... with no gap or repeat.</summary>
    public static void CheckOrder(IReadOnlyList<string> paths, DiagnosticBag diagnostics)
    {
        var expected = 1;
        foreach (var path in paths)
        {
            var number = NumberOf(path);
            if (number is null)
                diagnostics.Error(DiagnosticCodes.ModuleOrder, path, 0, 0,
                    "a module file name starts with its number (one to three digits) and a hyphen, such as 03-hiv-basics.md");
            else if (number != expected)
                diagnostics.Error(DiagnosticCodes.ModuleOrder, path, 0, 0,
                    $"this is module number {number}, but number {expected} comes next; number modules 01, 02, ... with no gaps or repeats");
            expected = (number ?? expected) + 1;
        }
    }

    [GeneratedRegex("^([0-9]{1,3})-[^/]+\\.md$")]
    private static partial Regex NumberPattern();
}
