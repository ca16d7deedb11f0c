
namespace SmartPolicingLms.Web.Features.Assessments;

internal enum WindowState
{
    NotYetOpen,
    Open,
    Closed,
    Waived,
    Cancelled,
    // The cohort was closed: its results are final, so neither test can be taken any more.
    CohortClosed,
}

internal sealed record TestWindow(WindowState State, DateTime? OpensAt, DateTime? ClosesAt)
{
    public bool IsOpen => State == WindowState.Open;
}

// What decides a recruit's test windows, all instants in UTC; session times are null while none is scheduled.
internal sealed record WindowFacts(
    DateTime EnrolledAt, DateTime? PreTestExtendedUntil, bool PreTestWaived,
    DateTime? FirstSessionStart, DateTime? LastSessionEnd, DateTime? PostTestOpenedAt, bool CohortCancelled,
    bool CohortClosed = false);

// When each test may be taken, apart from the database so the rules can be tested alone.
internal static class TestWindows
{
    public const int PreTestAttempts = 1;

    public static TestWindow For(TestKind kind, WindowFacts facts, DateTime now) =>
        kind == TestKind.Pre ? Pre(facts, now) : Post(facts, now);

    public static int AttemptsAllowed(TestKind kind, int courseAttempts, int extraAttempts) =>
        kind == TestKind.Pre ? PreTestAttempts : courseAttempts + extraAttempts;

    // Opens at enrolment, closes when teaching begins: it measures what the recruit knew before the course.
    // An instructor's extension replaces the close for a late enrolment.
    static TestWindow Pre(WindowFacts facts, DateTime now)
    {
        var closes = facts.PreTestExtendedUntil ?? facts.FirstSessionStart;
        var state = facts.PreTestWaived ? WindowState.Waived
            : facts.CohortCancelled ? WindowState.Cancelled
            : facts.CohortClosed ? WindowState.CohortClosed
            : now < facts.EnrolledAt ? WindowState.NotYetOpen
            : closes <= now ? WindowState.Closed
            : WindowState.Open;
        return new TestWindow(state, facts.EnrolledAt, closes);
    }

    // Opens when the last session ends, or earlier when an instructor opens it during that session; it stays open.
    static TestWindow Post(WindowFacts facts, DateTime now)
    {
        var opens = (facts.LastSessionEnd, facts.PostTestOpenedAt) switch
        {
            ({ } end, { } opened) => end < opened ? end : opened,
            (var end, var opened) => end ?? opened,
        };
        var state = facts.CohortCancelled ? WindowState.Cancelled
            : facts.CohortClosed ? WindowState.CohortClosed
            : opens is null || now < opens ? WindowState.NotYetOpen
            : WindowState.Open;
        return new TestWindow(state, opens, null);
    }
}
