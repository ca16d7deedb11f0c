using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Features.Assessments;

// The words recruits and instructors read about tests, in one place so pages and refusals say the same thing.
internal static class TestText
{
    public const string NotEnrolled = "You are not enrolled in this cohort, so you cannot take its tests.";
    public const string NoOpenAttempt = "This attempt is over: it was submitted, so its answers can no longer change. Go back to the test's page.";
    public const string Busy =
        "This test was being saved from another window at the same moment, so this was not saved. Please send it again.";
    public const string CohortClosed = "This cohort is closed: its results are final, so its tests can no longer be answered or submitted.";
    public const string ClosedForInstructors =
        "This cohort is closed, so recruits can no longer take its tests and this cannot be changed.";
    public const string NoAttemptsLeft = "You have used every attempt at this test. Ask your instructor if you need another.";

    public static readonly IReadOnlyList<string> AgreementLabels =
        ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"];

    public static string Of(TestKind kind) => kind == TestKind.Pre ? "Pre-test" : "Post-test";

    public static string Lower(TestKind kind) => kind == TestKind.Pre ? "pre-test" : "post-test";

    public static string Agreement(int value) => value is >= 1 and <= 5 ? AgreementLabels[value - 1] : "";

    public static string Of(QuestionKind kind) => kind switch
    {
        QuestionKind.SingleChoice => "Choose one answer.",
        QuestionKind.MultipleChoice => "Choose every answer that is right.",
        QuestionKind.TrueFalse => "True or false?",
        QuestionKind.ShortAnswer => "Type your answer.",
        QuestionKind.Numerical => "Type a number.",
        QuestionKind.Matching => "Choose the answer that goes with each item.",
        _ => "How much do you agree?",
    };

    // Why the window is not open, in words a recruit can act on; null when it is open.
    public static string? Closed(TestKind kind, TestWindow window, TimeZoneInfo zone) => window.State switch
    {
        WindowState.Open => null,
        WindowState.Waived => "Your instructor waived your pre-test: there is nothing to take.",
        WindowState.Cancelled => "This cohort was cancelled, so its tests are closed.",
        WindowState.CohortClosed => CohortClosed,
        WindowState.NotYetOpen when window.OpensAt is { } opens =>
            $"The {Lower(kind)} opens on {At(opens, zone)}.",
        WindowState.NotYetOpen => "The post-test opens when the last session of the course ends, or when your instructor opens it.",
        _ => $"The {Lower(kind)} closed on {At(window.ClosesAt!.Value, zone)}."
            + (kind == TestKind.Pre ? " Ask your instructor if you enrolled late and still need to take it." : ""),
    };

    public static string At(DateTime utc, TimeZoneInfo zone) => $"{LocalTime.At(LocalTime.ToLocal(utc, zone))} ({zone.Id})";

    public static string Percent(decimal? score) => score is { } s ? $"{s:0.#}%" : "–";
}
