using System.Net;
using System.Text.RegularExpressions;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Curricula.Tests;

/// <summary>
/// The rules issue 17 sets for every shipped course, whoever wrote it: co-taught sessions point to the one co-trainer
/// safety protocol, no text is lifted from the source report, the tests pass the item-writing check in two forms,
/// each course says where it comes from, and every taught module has a plan that adds up. Each rule runs per course
/// folder, so a failure names the course.
/// </summary>
public sealed partial class ShippedCourseRulesTests
{
    const string ProtocolFile = "co-trainer-safety.md";
    const string ProtocolPointer = "co-trainer safety protocol";
    const string SourceReport = "000_6945985a383b0316.txt";
    const int SharedRunWords = 12;

    // Names of institutions a course may quote word for word from the report; nothing else may share 12 words with it.
    static readonly string[] Institutions =
    [
        "ministry of internal affairs",
        "ministry of health",
        "state drug control service",
        "drug control service",
        "state service of corrections",
    ];

    static readonly Lazy<IReadOnlyDictionary<string, CourseLoadResult>> Results = new(() =>
        CourseLoader.LoadAll(CurriculaFolder(), new CourseLoadOptions { CheckItemWriting = true })
            .ToDictionary(r => Path.GetFileName(r.Folder.TrimEnd('/', '\\')), StringComparer.Ordinal));

    /// <summary>Every course folder under curricula/ (a folder holding course.md), by name.</summary>
    public static TheoryData<string> Courses() => [.. CourseFolders()];

    static List<string> CourseFolders() =>
        [.. Directory.EnumerateDirectories(CurriculaFolder()).Where(d => File.Exists(Path.Combine(d, "course.md")))
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    static Course Course(string folder)
    {
        var result = Results.Value[folder];
        return result.Course ?? throw new Xunit.Sdk.XunitException($"{folder} does not load:\n" + string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void The_co_trainer_safety_protocol_sits_beside_the_courses_and_is_read_as_no_course()
    {
        var protocol = Path.Combine(CurriculaFolder(), ProtocolFile);

        Assert.True(File.Exists(protocol), $"curricula/{ProtocolFile} is missing; every co-taught module points to it");
        Assert.StartsWith("# Co-trainer safety protocol", File.ReadAllText(protocol));
        // Loose files at the top of curricula/ (the guide, the protocol) are neither courses nor problems.
        Assert.Equal(CourseFolders(), Results.Value.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(Results.Value.Values.SelectMany(r => r.Diagnostics), d => d.File.Contains(ProtocolFile, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Courses))]
    public void Every_module_with_co_trainer_slots_points_to_the_safety_protocol_in_its_instructor_notes(string folder)
    {
        var course = Course(folder);
        var missing = course.Modules
            .Where(m => m.Slots.Count > 0)
            .Where(m => !InstructorNotes(m).Any(note => note.Contains(ProtocolPointer, StringComparison.OrdinalIgnoreCase)))
            .Select(m => m.SourcePath)
            .ToList();

        Assert.True(missing.Count == 0,
            $"{folder}: these modules have co-trainer slots but no '::: instructor' block naming the {ProtocolPointer}: {string.Join(", ", missing)}");
    }

    [SkippableFact]
    public void No_shipped_file_shares_a_run_of_twelve_words_with_the_source_report_except_names_of_institutions()
    {
        var report = Path.GetFullPath(Path.Combine(CurriculaFolder(), "..", "..", "shared", "seed", SourceReport));
        if (!File.Exists(report))
        {
            var missing = $"The source report {report} is missing, so no course was compared with it.";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException(missing + " CI=true, so this fails instead of skipping.");
            Skip.If(true, missing);
        }
        var reportRuns = Grams(Words(File.ReadAllText(report))).ToHashSet(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(CurriculaFolder(), "*.md", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(CurriculaFolder(), "*.gift", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .ToList();

        var shared = files.SelectMany(f => SharedRuns(WithoutInstitutions(Words(File.ReadAllText(f))), reportRuns)
                .Select(run => $"{Path.GetRelativePath(CurriculaFolder(), f)}: {run}"))
            .ToList();

        Assert.NotEmpty(files);
        Assert.True(shared.Count == 0, $"{shared.Count} run(s) of {SharedRunWords}+ words taken from the report; say it in your own words:\n"
            + string.Join("\n", shared));
    }

    [Theory]
    [MemberData(nameof(Courses))]
    public void Every_course_passes_the_item_writing_check_with_a_pre_test_and_a_post_test_form(string folder)
    {
        var result = Results.Value[folder];
        var itemWarnings = result.Diagnostics.Where(d => d.Code.StartsWith("CUR06", StringComparison.Ordinal)).ToList();
        var course = Course(folder);

        Assert.True(itemWarnings.Count == 0, $"{folder}:\n" + string.Join("\n", itemWarnings));
        Assert.True(course.Questions.Any(q => q.IsScored && q.Form == QuestionForm.Pre), $"{folder} has no scored question in the pre-test form (Form: pre)");
        Assert.True(course.Questions.Any(q => q.IsScored && q.Form == QuestionForm.Post), $"{folder} has no scored question in the post-test form (Form: post)");
    }

    [Theory]
    [MemberData(nameof(Courses))]
    public void Every_course_says_where_it_comes_from(string folder)
    {
        var overview = Course(folder).OverviewHtml;
        var heading = ProvenanceHeading().Match(overview);

        Assert.True(heading.Success, $"{folder}/course.md has no section '## Where this course comes from'");
        var section = WebUtility.HtmlDecode(overview[heading.Index..]);
        Assert.Contains("What the report says", section, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("What the course authors designed", section, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Courses))]
    public void Every_taught_module_has_a_session_plan_that_adds_up(string folder)
    {
        string[] planCodes = [DiagnosticCodes.PlanMinutesMismatch, DiagnosticCodes.PlanStepWithoutMinutes, DiagnosticCodes.PlanWithoutSteps];
        var course = Course(folder);
        var withoutPlan = course.Modules.Where(m => m.Delivery.IsContact() && m.Plan is not { Steps.Count: > 0 }).Select(m => m.SourcePath).ToList();
        var planProblems = Results.Value[folder].Diagnostics.Where(d => planCodes.Contains(d.Code)).ToList();

        Assert.True(withoutPlan.Count == 0, $"{folder}: these taught modules have no '::: plan' block: {string.Join(", ", withoutPlan)}");
        Assert.True(planProblems.Count == 0, $"{folder}:\n" + string.Join("\n", planProblems));
    }

    /// <summary>The text of each <c>::: instructor</c> block of a module (plans aside), whitespace made single spaces.</summary>
    static IEnumerable<string> InstructorNotes(Module module) =>
        InstructorBlock().Matches(module.InstructorHtml)
            .Select(m => Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(m.Groups["body"].Value, "<[^>]*>", " ")), @"\s+", " "));

    // As /work/briefs/overlap.py reads text: lower case, runs of letters, digits and apostrophes.
    static List<string> Words(string text) => [.. WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value)];

    static IEnumerable<string> Grams(IReadOnlyList<string?> words)
    {
        for (var i = 0; i + SharedRunWords <= words.Count; i++)
            if (Gram(words, i) is { } gram) yield return gram;
    }

    static string? Gram(IReadOnlyList<string?> words, int start)
    {
        var slice = new string[SharedRunWords];
        for (var k = 0; k < SharedRunWords; k++)
            if ((slice[k] = words[start + k]!) is null) return null;
        return string.Join(' ', slice);
    }

    /// <summary>Each maximal run of words whose every 12-word window is in the report.</summary>
    static IEnumerable<string> SharedRuns(IReadOnlyList<string?> words, HashSet<string> reportRuns)
    {
        var i = 0;
        while (i + SharedRunWords <= words.Count)
        {
            if (Gram(words, i) is { } gram && reportRuns.Contains(gram))
            {
                var end = i + SharedRunWords;
                while (end < words.Count && Gram(words, end - SharedRunWords + 1) is { } next && reportRuns.Contains(next)) end++;
                yield return string.Join(' ', words.Skip(i).Take(end - i));
                i = end;
            }
            else i++;
        }
    }

    /// <summary>The words with each allowed institution's name replaced by a gap no run of the report can cross.</summary>
    static List<string?> WithoutInstitutions(List<string> words)
    {
        var result = words.Cast<string?>().ToList();
        foreach (var name in Institutions.Select(n => n.Split(' ')))
            for (var i = 0; i + name.Length <= result.Count; i++)
                if (name.Select((w, k) => result[i + k] == w).All(same => same))
                    for (var k = 0; k < name.Length; k++) result[i + k] = null;
        return result;
    }

    [GeneratedRegex(@"[\w']+")]
    private static partial Regex WordPattern();

    [GeneratedRegex("""<div class="instructor-only instructor-instructor"[^>]*>(?<body>.*?)</div>""", RegexOptions.Singleline)]
    private static partial Regex InstructorBlock();

    [GeneratedRegex(@"<h2[^>]*>\s*Where this course comes from\s*</h2>", RegexOptions.IgnoreCase)]
    private static partial Regex ProvenanceHeading();

    static string CurriculaFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "curricula", "README.md"))) return Path.Combine(dir.FullName, "curricula");
        throw new DirectoryNotFoundException("curricula/ not found above " + AppContext.BaseDirectory);
    }
}
