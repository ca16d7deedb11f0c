using System.Text.RegularExpressions;
using SmartPolicingLms.Cli.Preview;
using SmartPolicingLms.Curricula.Tests.Support;

namespace SmartPolicingLms.Curricula.Tests;

public sealed partial class PreviewTests : IDisposable
{
    readonly string output = Path.Combine(Path.GetTempPath(), "splms-preview-" + Guid.NewGuid().ToString("N")[..12]);

    static TempCourse CourseWithKeysToHide() => new TempCourse()
        .Write("modules/01-basics.md", TempCourse.ValidFiles["modules/01-basics.md"] + "\n\nSee ![the district map](../media/map.png) and [the overview](../course.md#overview).\n")
        .WriteBytes("media/map.png", [0x89, 0x50, 0x4E, 0x47])
        .Write("questions/bank.md", TempCourse.ValidFiles["questions/bank.md"] + """


            > Feedback-only-instructors-read.

            ## q-word
            Objective: know-basics
            Kind: short-answer

            Which word names the referral service?

            - accepted-answer-word
            """);

    [Fact]
    public void Preview_writes_every_page_for_recruits_and_instructors_and_every_link_leads_to_a_file()
    {
        using var course = CourseWithKeysToHide();

        var exit = PreviewCommand.Run(course.Folder, output, new StringWriter());

        Assert.Equal(0, exit);
        foreach (var audience in new[] { "recruits", "instructors" })
            foreach (var page in new[] { "index.html", "01-basics.html", "questions.html", "media/map.png" })
                Assert.True(File.Exists(Path.Combine(output, audience, page)), $"{audience}/{page} is missing");
        var broken = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .SelectMany(page => LocalLinks(page).Where(target => !File.Exists(target)).Select(target => $"{page} -> {target}"))
            .ToList();
        Assert.Empty(broken);
    }

    [Fact]
    public void Recruits_pages_hold_no_answer_key_while_instructors_pages_do()
    {
        using var course = CourseWithKeysToHide();

        PreviewCommand.Run(course.Folder, output, new StringWriter());

        string[] keys = ["class=\"key\"", "Feedback-only-instructors-read", "accepted-answer-word", "✓"];
        var recruits = Directory.EnumerateFiles(Path.Combine(output, "recruits"), "*.html").Select(File.ReadAllText).ToList();
        Assert.All(keys, key => Assert.DoesNotContain(recruits, page => page.Contains(key)));
        var instructors = File.ReadAllText(Path.Combine(output, "instructors", "questions.html"));
        Assert.All(keys, key => Assert.Contains(key, instructors));
        Assert.Contains("<input type=\"radio\" name=\"q-q-basics\"> This one", recruits.Single(p => p.Contains("Question bank")));
    }

    [Fact]
    public void Preview_refuses_a_folder_with_files_it_did_not_write_and_touches_nothing()
    {
        using var course = new TempCourse();
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "thesis.docx"), "mine");
        var messages = new StringWriter();

        var exit = PreviewCommand.Run(course.Folder, output, messages);

        Assert.Equal(1, exit);
        Assert.Contains("not made by 'splms preview'", messages.ToString());
        Assert.Equal(["thesis.docx"], Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName));
    }

    [Fact]
    public void A_second_preview_replaces_the_first()
    {
        using var course = new TempCourse();
        PreviewCommand.Run(course.Folder, output, new StringWriter());
        course.Write("modules/01-basics.md", TempCourse.ValidFiles["modules/01-basics.md"].Replace("Text.", "Changed text."));

        var exit = PreviewCommand.Run(course.Folder, output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Contains("Changed text.", File.ReadAllText(Path.Combine(output, "recruits", "01-basics.html")));
    }

    [Fact]
    public void Instructor_notes_plans_and_legal_claims_are_in_the_instructors_pages_only()
    {
        var module = TempCourse.ValidFiles["modules/01-basics.md"].Replace("    role: co-trainer\n---", """
                role: co-trainer
            legal-claims:
              - claim: Carrying condoms is not evidence of an offence.
                review: pending
            ---
            """, StringComparison.Ordinal) + """


            ::: instructor
            Ask-who-has-met-an-outreach-worker.
            :::
            """;
        Assert.Contains("legal-claims", module);
        using var course = new TempCourse().Write("modules/01-basics.md", module);
        Assert.Equal(0, PreviewCommand.Run(course.Folder, output, new StringWriter()));

        var recruits = File.ReadAllText(Path.Combine(output, "recruits", "01-basics.html"));
        var instructors = File.ReadAllText(Path.Combine(output, "instructors", "01-basics.html"));
        Assert.Contains("Ask-who-has-met-an-outreach-worker.", instructors);
        Assert.Contains("needs local legal review", instructors);
        Assert.DoesNotContain("outreach-worker", recruits);
        Assert.DoesNotContain("Carrying condoms", recruits);
    }

    /// <summary>Files the page's relative links and images lead to, as a browser reading it from file:// resolves them.</summary>
    static IEnumerable<string> LocalLinks(string page) =>
        LinkPattern().Matches(File.ReadAllText(page))
            .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups["url"].Value))
            .Where(url => !url.StartsWith('#') && !url.Contains(':'))
            .Select(url => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(url.Split('#')[0]))));

    [GeneratedRegex("(?:href|src)=\"(?<url>[^\"]*)\"")]
    private static partial Regex LinkPattern();

    public void Dispose()
    {
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
    }
}
