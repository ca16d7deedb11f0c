using SmartPolicingLms.Web.Features.Assessments;

namespace SmartPolicingLms.Web.Tests.Assessments;

public sealed class TestWindowTests
{
    static readonly DateTime Enrolled = new(2027, 3, 1, 8, 0, 0, DateTimeKind.Utc);
    static readonly DateTime FirstStart = Enrolled.AddDays(7);
    static readonly DateTime LastEnd = Enrolled.AddDays(20);

    static WindowFacts Facts(DateTime? extendedUntil = null, bool waived = false, DateTime? openedAt = null, bool cancelled = false) =>
        new(Enrolled, extendedUntil, waived, FirstStart, LastEnd, openedAt, cancelled);

    [Fact]
    public void The_pre_test_is_open_from_enrolment_until_the_first_session_begins()
    {
        Assert.Equal(WindowState.Open, TestWindows.For(TestKind.Pre, Facts(), Enrolled).State);
        Assert.Equal(WindowState.Open, TestWindows.For(TestKind.Pre, Facts(), FirstStart.AddTicks(-1)).State);
        Assert.Equal(WindowState.Closed, TestWindows.For(TestKind.Pre, Facts(), FirstStart).State);
        Assert.Equal(WindowState.NotYetOpen, TestWindows.For(TestKind.Pre, Facts(), Enrolled.AddMinutes(-1)).State);
    }

    [Fact]
    public void An_extension_replaces_the_first_session_as_the_close()
    {
        var window = TestWindows.For(TestKind.Pre, Facts(extendedUntil: FirstStart.AddDays(3)), FirstStart.AddDays(1));

        Assert.Equal((WindowState.Open, FirstStart.AddDays(3)), (window.State, window.ClosesAt));
    }

    [Fact]
    public void A_waived_pre_test_is_never_open_and_a_cancelled_cohorts_tests_are_closed()
    {
        Assert.Equal(WindowState.Waived, TestWindows.For(TestKind.Pre, Facts(waived: true), Enrolled.AddDays(1)).State);
        Assert.Equal(WindowState.Cancelled, TestWindows.For(TestKind.Pre, Facts(cancelled: true), Enrolled.AddDays(1)).State);
        Assert.Equal(WindowState.Cancelled, TestWindows.For(TestKind.Post, Facts(cancelled: true), LastEnd.AddDays(1)).State);
    }

    [Fact]
    public void A_closed_cohorts_tests_are_closed_for_good_whatever_the_dates_say()
    {
        var closed = new WindowFacts(Enrolled, FirstStart.AddDays(30), false, FirstStart, LastEnd, null, false, CohortClosed: true);

        Assert.Equal(WindowState.CohortClosed, TestWindows.For(TestKind.Pre, closed, Enrolled.AddDays(1)).State);
        Assert.Equal(WindowState.CohortClosed, TestWindows.For(TestKind.Post, closed, LastEnd.AddDays(1)).State);
        Assert.Equal(WindowState.Waived, TestWindows.For(TestKind.Pre, closed with { PreTestWaived = true }, Enrolled.AddDays(1)).State);
        Assert.Equal(TestText.CohortClosed, TestText.Closed(TestKind.Post, TestWindows.For(TestKind.Post, closed, LastEnd.AddDays(1)), TimeZoneInfo.Utc));
    }

    [Fact]
    public void The_pre_test_stays_open_while_no_session_is_scheduled()
    {
        var facts = new WindowFacts(Enrolled, null, false, null, null, null, false);

        Assert.Equal(WindowState.Open, TestWindows.For(TestKind.Pre, facts, Enrolled.AddDays(100)).State);
        Assert.Equal(WindowState.NotYetOpen, TestWindows.For(TestKind.Post, facts, Enrolled.AddDays(100)).State);
    }

    [Fact]
    public void The_post_test_opens_when_the_last_session_ends_or_earlier_when_an_instructor_opens_it()
    {
        Assert.Equal(WindowState.NotYetOpen, TestWindows.For(TestKind.Post, Facts(), LastEnd.AddTicks(-1)).State);
        Assert.Equal(WindowState.Open, TestWindows.For(TestKind.Post, Facts(), LastEnd).State);
        var opened = TestWindows.For(TestKind.Post, Facts(openedAt: LastEnd.AddHours(-1)), LastEnd.AddMinutes(-30));
        Assert.Equal((WindowState.Open, LastEnd.AddHours(-1)), (opened.State, opened.OpensAt));
    }

    [Fact]
    public void Attempts_are_one_for_the_pre_test_and_the_courses_plus_retakes_for_the_post_test()
    {
        Assert.Equal(1, TestWindows.AttemptsAllowed(TestKind.Pre, 2, 3));
        Assert.Equal(2, TestWindows.AttemptsAllowed(TestKind.Post, 2, 0));
        Assert.Equal(5, TestWindows.AttemptsAllowed(TestKind.Post, 2, 3));
    }

    [Fact]
    public void The_post_test_may_be_opened_early_only_during_the_last_session()
    {
        var start = LastEnd.AddHours(-2);

        Assert.Equal(OpenPostTest.NotYet, OpenPostTest.Refusal(start, LastEnd, null, start.AddMinutes(-1)));
        Assert.Null(OpenPostTest.Refusal(start, LastEnd, null, start));
        Assert.Equal(OpenPostTest.AlreadyOpen, OpenPostTest.Refusal(start, LastEnd, start, start.AddMinutes(5)));
        Assert.Equal(OpenPostTest.AlreadyOpen, OpenPostTest.Refusal(start, LastEnd, null, LastEnd));
        Assert.Equal(OpenPostTest.NotYet, OpenPostTest.Refusal(null, null, null, start));
    }
}
