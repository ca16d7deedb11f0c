using SmartPolicingLms.Web.Features.Assessments;

namespace SmartPolicingLms.Web.Features.Learning;

internal sealed record AttemptRow(TestKind Kind, int Number, DateTime? SubmittedAt, decimal? ScorePercent);

// Where a recruit stands with one test, from its window (the Tests feature's rules) and their attempts; worded for
// the home page.
internal sealed record TestProgress(TestKind Kind, TestWindow Window, IReadOnlyList<AttemptRow> Attempts, int Allowed, int PassMarkPercent)
{
    public IEnumerable<AttemptRow> Submitted => Attempts.Where(a => a.SubmittedAt is not null).OrderBy(a => a.Number);
    public bool Started => Attempts.Any(a => a.SubmittedAt is null);
    public int Left => Math.Max(0, Allowed - Submitted.Count());
    public decimal? Best => Submitted.Max(a => a.ScorePercent);
    public bool Passed => PassMark.Passes(Best, PassMarkPercent);

    // Something to do now: the window is open and an attempt is unfinished or still allowed (a post-test that was
    // passed needs no more attempts).
    public bool CanTake => Window.IsOpen && (Started || Left > 0 && !(Kind == TestKind.Post && Passed));

    public string Status(TimeZoneInfo zone, DateTime now)
    {
        var scores = string.Join(", ", Submitted.Select(a => a.ScorePercent is { } s
            ? (Allowed > 1 ? $"attempt {a.Number}: " : "") + LearningText.Percent(s) : "submitted"));
        var done = scores.Length > 0 ? $"Your score: {scores}. " : "";
        return done + (Window.State switch
        {
            WindowState.Waived => "Waived by your instructor: you do not take it.",
            WindowState.Cancelled => "The cohort was cancelled.",
            WindowState.CohortClosed => done.Length > 0 ? "Final: the cohort is closed." : "The cohort is closed; you did not take it.",
            WindowState.NotYetOpen when Window.OpensAt is { } opens => $"Opens {LearningText.When(opens, zone, now)}.",
            WindowState.NotYetOpen => "Opens after the last session, whose date is not set yet.",
            WindowState.Closed => done.Length > 0 ? "Closed." : $"Closed {LearningText.When(Window.ClosesAt!.Value, zone, now)}; you did not take it.",
            _ when Kind == TestKind.Post && Passed => $"Passed (pass mark {PassMarkPercent}%).",
            _ when Left == 0 && !Started => "No attempts left. Your instructor may grant another.",
            _ => Window.ClosesAt is { } closes ? $"Open until {LearningText.When(closes, zone, now)}." : "Open now.",
        });
    }
}
