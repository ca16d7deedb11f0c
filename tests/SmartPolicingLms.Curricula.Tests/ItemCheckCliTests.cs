using SmartPolicingLms.Cli;
using SmartPolicingLms.Curricula.Tests.Support;

namespace SmartPolicingLms.Curricula.Tests;

// The test course's one question has no feedback, which only the item-writing check reports (CUR0604).
public sealed class ItemCheckCliTests
{
    [Fact]
    public void Strict_validation_ignores_the_item_check_unless_asked_and_then_fails_on_its_warnings()
    {
        using var course = new TempCourse();
        var withItems = new StringWriter();

        var plain = ValidateCommand.Run(course.Folder, strict: true, new StringWriter());
        var lenient = ValidateCommand.Run(course.Folder, strict: false, new StringWriter(), itemCheck: true);
        var strict = ValidateCommand.Run(course.Folder, strict: true, withItems, itemCheck: true);

        Assert.Equal((0, 0, 1), (plain, lenient, strict));
        Assert.Contains($"{course.Folder}/questions/bank.md(1,1): warning CUR0604: scored question 'q-basics' has no feedback", withItems.ToString());
    }

    [Fact]
    public void Inspect_summarises_the_item_check_by_rule_without_listing_its_warnings()
    {
        using var course = new TempCourse();
        var output = new StringWriter();

        var exit = InspectCommand.Run(course.Folder, output);

        var text = output.ToString().ReplaceLineEndings("\n");
        Assert.Equal(0, exit);
        Assert.Contains("Item-writing check: 1 warning; `splms validate --items` lists each with its line.\n", text);
        Assert.Contains("- scored items without feedback (CUR0604): 1\n", text);
        Assert.Contains("- right option often the longest (CUR0601): 0\n", text);
        Assert.DoesNotContain("warning CUR0604", text);
        Assert.Contains("Test forms: one bank, asked before and after.", text);
    }

    [Fact]
    public void Inspect_shows_the_size_of_each_parallel_form()
    {
        using var course = new TempCourse();
        course.Write("questions/bank.md", TempCourse.ValidFiles["questions/bank.md"].Replace("Kind: single", "Kind: single\nForm: pre")
            + "\n\n" + TempCourse.ValidFiles["questions/bank.md"].Replace("q-basics", "q-after").Replace("Kind: single", "Kind: single\nForm: post"));
        var output = new StringWriter();

        InspectCommand.Run(course.Folder, output);

        Assert.Contains("Test forms: two parallel forms, compared by objective: pre-test 1 scored item, post-test 1 scored item (0 in both).",
            output.ToString());
    }
}
