using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Features.Assessments;

// The words recruits and instructors read about tests, in one place so pages and refusals say the same thing.
internal static class TestText
{
    static readonly IStringLocalizer T = Localizers.For<AssessmentsStrings>();

    public static string NotEnrolled => T["You are not enrolled in this cohort, so you cannot take its tests."];
    public static string NoOpenAttempt => T["This attempt is over: it was submitted, so its answers can no longer change. Go back to the test's page."];
    public static string Busy =>
        T["This test was being saved from another window at the same moment, so this was not saved. Please send it again."];
    public static string CohortClosed => T["This cohort is closed: its results are final, so its tests can no longer be answered or submitted."];
    public static string ClosedForInstructors =>
        T["This cohort is closed, so recruits can no longer take its tests and this cannot be changed."];
    public static string NoAttemptsLeft => T["You have used every attempt at this test. Ask your instructor if you need another."];

    public static string AlreadyPassed => T["You have passed the post-test, so there is no further attempt to take."];
    public static string ReviewNotYet =>
        T["Your answers can be reviewed once the cohort is closed, so that no one can pass them on to others still taking the test."];

    public static IReadOnlyList<string> AgreementLabels =>
        [T["Strongly disagree"], T["Disagree"], T["Neither agree nor disagree"], T["Agree"], T["Strongly agree"]];

    public static string Of(TestKind kind) => kind == TestKind.Pre ? T["Pre-test"] : T["Post-test"];

    public static string Lower(TestKind kind) => Of(kind).ToLower(System.Globalization.CultureInfo.CurrentCulture);

    public static string Agreement(int value) => value is >= 1 and <= 5 ? AgreementLabels[value - 1] : "";

    public static string Of(QuestionKind kind) => kind switch
    {
        QuestionKind.SingleChoice => T["Choose one answer."],
        QuestionKind.MultipleChoice => T["Choose every answer that is right."],
        QuestionKind.TrueFalse => T["True or false?"],
        QuestionKind.ShortAnswer => T["Type your answer."],
        QuestionKind.Numerical => T["Type a number."],
        QuestionKind.Matching => T["Choose the answer that goes with each item."],
        _ => T["How much do you agree?"],
    };

    // Why the window is not open, in words a recruit can act on; null when it is open.
    public static string? Closed(TestKind kind, TestWindow window, TimeZoneInfo zone) => window.State switch
    {
        WindowState.Open => null,
        WindowState.Waived => T["Your instructor waived your pre-test: there is nothing to take."],
        WindowState.Cancelled => T["This cohort was cancelled, so its tests are closed."],
        WindowState.CohortClosed => CohortClosed,
        WindowState.NotYetOpen when window.OpensAt is { } opens => kind == TestKind.Pre
            ? T["The pre-test opens on {0}.", At(opens, zone)] : T["The post-test opens on {0}.", At(opens, zone)],
        WindowState.NotYetOpen => T["The post-test opens when the last session of the course ends, or when your instructor opens it."],
        _ => kind == TestKind.Pre
            ? T["The pre-test closed on {0}. Ask your instructor if you enrolled late and still need to take it.", At(window.ClosesAt!.Value, zone)]
            : T["The post-test closed on {0}.", At(window.ClosesAt!.Value, zone)],
    };

    // The same, for the instructor reading a recruit's tests: what they can do about it, not what the recruit can.
    public static string? ClosedForInstructor(TestKind kind, TestWindow window, TimeZoneInfo zone) => window.State switch
    {
        WindowState.Waived => T["The pre-test was waived for this recruit: there is nothing to take."],
        WindowState.NotYetOpen when window.OpensAt is null =>
            T["The post-test opens when the last session of the course ends, or when you open it on the cohort's tests page."],
        WindowState.Closed when kind == TestKind.Pre =>
            T["The pre-test closed on {0}. For a late enrolment, you can keep it open for this recruit below.", At(window.ClosesAt!.Value, zone)],
        _ => Closed(kind, window, zone),
    };

    public static string At(DateTime utc, TimeZoneInfo zone) => $"{LocalTime.At(LocalTime.ToLocal(utc, zone))} ({zone.Id})";

    public static string Percent(decimal? score) => score is { } s ? $"{s:0.#}%" : "–";
}
