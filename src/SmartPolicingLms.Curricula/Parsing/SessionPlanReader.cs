using System.Text.RegularExpressions;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Curricula.Rendering;

namespace SmartPolicingLms.Curricula.Parsing;

/// <summary>
/// Reads the timed steps of a module's <c>::: plan</c> blocks: items of a list in the block that start with their
/// minutes, <c>- 20 min — Icebreaker</c> (or <c>мин</c>, <c>мүн</c>). A step whose text then starts with "break"
/// (<c>перерыв</c>, <c>тыныгуу</c>) is a break. A list counts as timed when any of its items has minutes; nested
/// lists are a step's details and are not counted.
/// </summary>
internal static partial class SessionPlanReader
{
    public static SessionPlan? Read(MarkdownSource source, DiagnosticBag diagnostics)
    {
        var plans = InstructorBlocks.All(source.Document).Where(b => InstructorBlocks.KindOf(b) == InstructorBlocks.Plan).ToList();
        if (plans.Count == 0) return null;
        var steps = new List<PlanStep>();
        foreach (var plan in plans)
        {
            var found = plan.OfType<ListBlock>().Select(list => Steps(list, source.File.Path, diagnostics)).SelectMany(s => s).ToList();
            if (found.Count == 0)
                diagnostics.Warning(DiagnosticCodes.PlanWithoutSteps, source.File.Path, plan.Line + 1, plan.Column + 1,
                    "this session plan has no timed steps; list them as '- 20 min — what happens', with breaks as '- 10 min break'");
            steps.AddRange(found);
        }
        return new SessionPlan(steps, plans[0].Line + 1);
    }

    static List<PlanStep> Steps(ListBlock list, string path, DiagnosticBag diagnostics)
    {
        var items = list.OfType<ListItemBlock>().Select(item => (Item: item, Step: Step(item))).ToList();
        if (items.All(i => i.Step is null)) return [];
        foreach (var (item, _) in items.Where(i => i.Step is null))
            diagnostics.Warning(DiagnosticCodes.PlanStepWithoutMinutes, path, item.Line + 1, item.Column + 1,
                "this step of the session plan has no minutes, so it is not counted; start it with its length, such as '15 min'");
        return [.. items.Select(i => i.Step).OfType<PlanStep>()];
    }

    static PlanStep? Step(ListItemBlock item)
    {
        if (item.FirstOrDefault() is not ParagraphBlock paragraph) return null;
        var match = Timed().Match(CourseMarkdown.PlainText(paragraph.Inline));
        if (!match.Success || !int.TryParse(match.Groups["minutes"].Value, out var minutes)) return null;
        var text = match.Groups["text"].Value.Trim();
        return new PlanStep(minutes, Break().IsMatch(text), text, item.Line + 1);
    }

    // Minutes first, then a unit in the course languages, then an optional dash or colon before the step's text.
    [GeneratedRegex(@"^(?<minutes>[0-9]{1,3})\s*(?:min|mins|minutes|мин|минут|минуты|мүн|мүнөт)\.?(?![\p{L}])\s*[—–:-]?\s*(?<text>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Timed();

    [GeneratedRegex(@"^(?:break|перерыв|тыныгуу)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex Break();
}
