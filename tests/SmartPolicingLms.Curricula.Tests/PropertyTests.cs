using System.Reflection;
using CsCheck;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Tests.Support;

namespace SmartPolicingLms.Curricula.Tests;

/// <summary>Random and mutated course files never crash the loader nor get a vague or misplaced diagnostic.</summary>
public sealed class PropertyTests
{
    static readonly HashSet<string> KnownCodes = typeof(DiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToHashSet();

    static readonly string[] Targets = ["course.md", "modules/01-basics.md", "questions/bank.md"];

    static Gen<T> AnyOf<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    static readonly Gen<string> Noise = Gen.OneOf(
        Gen.String,
        Gen.String[Gen.Char["-:#[]{}&*!|>\n x'\"\\%=~`"], 0, 80],
        AnyOf("---\n", "\n- [x] ", "## q-", "Kind: ", "&a ", "*a", "<<: ", "[x](javascript:1)", "\t", "\r\n", "{", "}", "::", "\n::: plan\n- 5 min a\n", "\n::: instructor\n", "\n:::\n", "\uFEFF",
            new string('>', 300), string.Concat(Enumerable.Repeat("[^a", 200)), string.Concat(Enumerable.Repeat("[x](", 600))));

    static readonly Gen<(string Target, string Text)> Mutated =
        from target in AnyOf(Targets)
        let original = TempCourse.ValidFiles[target]
        from mutations in Gen.Select(Gen.Int[0, original.Length], Gen.Int[0, 20], Noise).List[1, 6]
        select (target, Mutate(original, mutations));

    static string Mutate(string text, List<(int At, int Cut, string Insert)> mutations)
    {
        foreach (var (at, cut, insert) in mutations)
        {
            var start = Math.Min(at, text.Length);
            var length = Math.Min(cut, text.Length - start);
            text = text.Remove(start, length).Insert(start, insert);
        }
        return text;
    }

    [Fact]
    public void Mutated_course_files_never_throw_and_every_diagnostic_is_precise() =>
        Mutated.Sample(c => Check(c.Target, c.Text), iter: 400, threads: 1);

    [Fact]
    public void Random_text_in_any_course_file_never_throws_and_every_diagnostic_is_precise() =>
        Gen.Select(AnyOf(Targets), Noise).Sample(c => Check(c.Item1, c.Item2), iter: 300, threads: 1);

    static void Check(string target, string text)
    {
        using var course = new TempCourse();
        course.Write(target, text);
        var result = course.Load();
        var lineCounts = TempCourse.ValidFiles.ToDictionary(f => f.Key, f => LineCount(f.Key == target ? text : f.Value));
        foreach (var diagnostic in result.Diagnostics)
        {
            Assert.Contains(diagnostic.Code, KnownCodes);
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
            var file = diagnostic.File.Length > course.Folder.Length ? diagnostic.File[(course.Folder.Length + 1)..] : "";
            if (diagnostic.Line > 0 && lineCounts.TryGetValue(file, out var lines))
                Assert.True(diagnostic.Line <= lines, $"{diagnostic} points past line {lines} of {file}:\n{text}");
        }
        Assert.Equal(result.HasErrors, result.Course is null);
    }

    static int LineCount(string text)
    {
        var normalised = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n');
        return normalised.Count(c => c == '\n') + 1;
    }
}
