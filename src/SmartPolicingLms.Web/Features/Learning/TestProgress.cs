using SmartPolicingLms.Web.Features.Assessments;

namespace SmartPolicingLms.Web.Features.Learning;

internal sealed record AttemptRow(TestKind Kind, int Number, DateTime? SubmittedAt, decimal? ScorePercent);

// Where a recruit stands with one test, from its window (the Tests feature's rules) and their attempts; worded for
// the home page.
internal sealed record TestProgress(TestKind Kind, TestWindow Window, IReadOnlyList<AttemptRow> Attempts, int Allowed, int PassMarkPercent)
{
    static readonly IStringLocalizer T = Localizers.For<LearningStrings>();

    public IEnumerable<AttemptRow> Submitted => Attempts.Where(a => a.SubmittedAt is not null).OrderBy(a => a.Number);
    public bool Started => Attempts.Any(a => a.SubmittedAt is null);
    public int Left => Math.Max(0, Allowed - Submitted.Count());
    public decimal? Best => Submitted.Max(a => a.ScorePercent);
    public bool Passed => PassMark.Passes(Best, PassMarkPercent);

    // Something to do now: the window is open and an attempt is unfinished or still allowed (a post-test that was
    // passed needs no more attempts).
    public bool CanTake => Window.IsOpen && (Started || Left > 0 && !(Kind == TestKind.Post && Passed));

    // Once the cohort is closed the post-test is over, and a recruit who submitted it may review their answers.
    public bool CanReview => Kind == TestKind.Post && Window.State == WindowState.CohortClosed && Submitted.Any();

    public string Status(TimeZoneInfo zone, DateTime now)
    {
        var scores = string.Join(", ", Submitted.Select(a => a.ScorePercent is { } s
            ? Allowed > 1 ? T["attempt {0}: {1}", a.Number, LearningText.Percent(s)] : LearningText.Percent(s) : T["submitted"]));
        var done = scores.Length > 0 ? T["Your score: {0}.", scores] + " " : "";
        return done + (Window.State switch
        {
            WindowState.Waived => T["Waived by your instructor: you do not take it."],
            WindowState.Cancelled => T["The cohort was cancelled."],
            WindowState.CohortClosed => done.Length > 0 ? T["Final: the cohort is closed."] : T["The cohort is closed; you did not take it."],
            WindowState.NotYetOpen when Window.OpensAt is { } opens => T["Opens {0}.", LearningText.When(opens, zone, now)],
            WindowState.NotYetOpen => T["Opens after the last session, whose date is not set yet."],
            WindowState.Closed => done.Length > 0 ? T["Closed."] : T["Closed {0}; you did not take it.", LearningText.When(Window.ClosesAt!.Value, zone, now)],
            _ when Kind == TestKind.Post && Passed => T["Passed (pass mark {0}%).", PassMarkPercent],
            _ when Left == 0 && !Started => T["No attempts left. Your instructor may grant another."],
            _ when Kind == TestKind.Post && Submitted.Any() && !Started =>
                T["Not passed yet (pass mark {0}%).", PassMarkPercent] + " " + T.Plural(Left, "{0} attempt left.|{0} attempts left."),
            _ => Window.ClosesAt is { } closes ? T["Open until {0}.", LearningText.When(closes, zone, now)] : T["Open now."],
        });
    }
}
