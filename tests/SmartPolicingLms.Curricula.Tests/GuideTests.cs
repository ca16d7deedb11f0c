using System.Reflection;
using System.Text.RegularExpressions;
using SmartPolicingLms.Curricula.Diagnostics;

namespace SmartPolicingLms.Curricula.Tests;

/// <summary>
/// The author's guide (curricula/README.md) is where an instructor looks up a message: it must explain every code
/// the checker can print, and no code that no longer exists.
/// </summary>
public sealed partial class GuideTests
{
    static readonly IReadOnlySet<string> Codes = typeof(DiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet();

    static readonly IReadOnlyList<string> Rows = [.. TableRow().Matches(File.ReadAllText(GuidePath())).Select(m => m.Groups[1].Value)];

    [Fact]
    public void Every_diagnostic_code_has_a_row_with_its_fix_in_the_guide()
    {
        var missing = Codes.Except(Rows).Order().ToList();
        Assert.True(missing.Count == 0, "curricula/README.md has no row for " + string.Join(", ", missing));
    }

    [Fact]
    public void The_guide_explains_no_code_the_checker_cannot_print_and_each_once()
    {
        Assert.Empty(Rows.Except(Codes));
        Assert.Equal(Rows.Count, Rows.Distinct().Count());
    }

    [GeneratedRegex(@"^\| (CUR\d{4}) \|[^|\n]+\|[^|\n]+\|$", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    static string GuidePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "curricula", "README.md");
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException("curricula/README.md not found above " + AppContext.BaseDirectory);
    }
}
