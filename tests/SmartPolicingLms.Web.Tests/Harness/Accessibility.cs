using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SmartPolicingLms.Web.Tests.Harness;

// What the journeys check on every page they stop at: axe-core finds no WCAG failure, and the page is no wider than
// the phone it is open on.
internal static class Accessibility
{
    // WCAG 2.2 A and AA, the level public bodies are held to; axe's best-practice rules are advice, not failures.
    static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    // The crawl of every page holds them to more: WCAG and axe's best practice (content inside landmarks, landmarks
    // told apart, one main, a skip link that works, no empty table header).
    static readonly AxeRunOptions WcagAndBestPractice = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Wcag.RunOnly.Values, "best-practice"] },
    };

    public static Task<AxeResult> WcagAndBestPracticeAsync(IPage page) => page.RunAxe(WcagAndBestPractice);

    // How far the page runs past the right edge of the screen, in CSS pixels: 0 when nothing scrolls sideways.
    public static Task<int> OverflowAsync(IPage page) =>
        page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

    public static async Task<IReadOnlyList<string>> ProblemsAsync(IPage page, string state)
    {
        var axe = await page.RunAxe(Wcag);
        var problems = axe.Violations
            .Select(v => $"{state}: {v.Id} ({v.Help}) at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}").ToList();
        var overflow = await OverflowAsync(page);
        if (overflow > 0)
            problems.Add($"{state}: the page is {overflow} px wider than the phone's screen");
        return problems;
    }
}
