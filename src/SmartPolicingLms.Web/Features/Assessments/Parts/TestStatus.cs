
namespace SmartPolicingLms.Web.Features.Assessments;

// Where one recruit stands with one test, in a few words for an instructor's list.
internal static class TestStatus
{
    internal sealed record AttemptFacts(int Number, AttemptSource Source, bool Submitted, decimal? ScorePercent);

    public static string Describe(TestWindow window, IReadOnlyCollection<AttemptFacts> attempts, int attemptsAllowed)
    {
        var submitted = attempts.Where(a => a.Submitted).ToList();
        var inProgress = attempts.Any(a => !a.Submitted);
        if (window.State == WindowState.Waived)
            return "Waived";
        if (submitted.Count > 0)
        {
            var best = submitted.MaxBy(a => a.ScorePercent ?? 0m)!;
            var score = TestText.Percent(best.ScorePercent) + (best.Source == AttemptSource.Paper ? " on paper" : "");
            var more = submitted.Count > 1 ? $", best of {submitted.Count}" : "";
            return score + more + (inProgress ? "; another attempt in progress" : "");
        }
        return inProgress ? (window.IsOpen ? "In progress" : "Started, not submitted; window closed")
            : window.State switch
            {
                WindowState.Open => attemptsAllowed > attempts.Count ? "Not taken yet" : "No attempts left",
                WindowState.NotYetOpen => "Not open yet",
                _ => "Not taken; window closed",
            };
    }
}
