
namespace SmartPolicingLms.Web.Features.Assessments;

// Where one recruit stands with one test, in a few words for an instructor's list.
internal static class TestStatus
{
    static readonly IStringLocalizer T = Localizers.For<AssessmentsStrings>();

    internal sealed record AttemptFacts(int Number, AttemptSource Source, bool Submitted, decimal? ScorePercent);

    public static string Describe(TestWindow window, IReadOnlyCollection<AttemptFacts> attempts, int attemptsAllowed)
    {
        var submitted = attempts.Where(a => a.Submitted).ToList();
        var inProgress = attempts.Any(a => !a.Submitted);
        if (window.State == WindowState.Waived)
            return T["Waived"];
        if (submitted.Count > 0)
        {
            var best = submitted.MaxBy(a => a.ScorePercent ?? 0m)!;
            var score = best.Source == AttemptSource.Paper ? T["{0} on paper", TestText.Percent(best.ScorePercent)].Value : TestText.Percent(best.ScorePercent);
            var more = submitted.Count > 1 ? T[", best of {0}", submitted.Count].Value : "";
            return score + more + (inProgress ? T["; another attempt in progress"].Value : "");
        }
        return inProgress ? (window.IsOpen ? T["In progress"] : T["Started, not submitted; window closed"])
            : window.State switch
            {
                WindowState.Open => attemptsAllowed > attempts.Count ? T["Not taken yet"] : T["No attempts left"],
                WindowState.NotYetOpen => T["Not open yet"],
                _ => T["Not taken; window closed"],
            };
    }
}
