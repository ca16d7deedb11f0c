using SmartPolicingLms.Web.Features.CohortBoard;
using SmartPolicingLms.Web.Features.Completion;
using static SmartPolicingLms.Web.Data.AttendanceMark;

namespace SmartPolicingLms.Web.Tests.CohortBoard;

// Two 2-hour contact modules, each one 120-minute session; 75% required, so 1 hour may be missed.
public sealed class BoardRulesTests
{
    static CompletionFacts Facts(SessionAttendance[] attendance, bool pre = true, decimal? post = null) => new(
        new CourseRules(AttendanceRequiredPercent: 75, LateCreditPercent: 50, PassMarkPercent: 70),
        [new ContactModule(1, "Basics", 2m, 120), new ContactModule(2, "Procedure", 2m, 120)], attendance, [], pre, false, post);

    static readonly SessionAttendance[] SecondStillOpen = [new(2, 120, Present)];

    [Fact]
    public void A_recruit_who_can_still_make_the_hours_by_attending_is_not_at_risk()
    {
        Assert.Empty(BoardRules.AtRisk(Facts([new(1, 120, Late)]), SecondStillOpen, preTestClosed: true, lastSessionOver: false, postAttemptsLeft: 2));
    }

    [Fact]
    public void A_recruit_who_missed_more_than_the_course_allows_needs_a_make_up()
    {
        var reasons = BoardRules.AtRisk(Facts([new(1, 120, Absent)]), SecondStillOpen, preTestClosed: true, lastSessionOver: false, postAttemptsLeft: 2);

        Assert.Equal("has missed 2 contact hours, more than the 1 the course allows to miss: cannot complete without a make-up session",
            Assert.Single(reasons));
    }

    [Fact]
    public void Tests_put_a_recruit_at_risk_only_once_they_cannot_simply_take_them()
    {
        var attended = new SessionAttendance[] { new(1, 120, Present), new(2, 120, Present) };

        Assert.Empty(BoardRules.AtRisk(Facts(attended, pre: false, post: 50m), [], preTestClosed: false, lastSessionOver: false, postAttemptsLeft: 0));
        Assert.Equal(
        [
            "did not take the pre-test before it closed, and it was not waived",
            "scored 50% on the post-test, under the pass mark of 70%, with no attempts left (a retake can be granted)",
        ], BoardRules.AtRisk(Facts(attended, pre: false, post: 50m), [], preTestClosed: true, lastSessionOver: true, postAttemptsLeft: 0));
    }

    [Fact]
    public void Slots_are_counted_as_planned_and_as_delivered_with_waived_and_open_ones_apart()
    {
        var counts = BoardRules.Delivery(
        [
            (SlotCoverage.Named, true, true), (SlotCoverage.FilledByOrganisation, false, true), (SlotCoverage.FilledByOrganisation, null, true),
            (SlotCoverage.FilledByOrganisation, null, false), (SlotCoverage.Waived, null, true), (SlotCoverage.Open, null, false),
        ]);

        Assert.Equal(new DeliveryCounts(Planned: 4, Delivered: 1, NotDelivered: 1, NotRecorded: 1, ToCome: 1, Waived: 1, Open: 1), counts);
        Assert.Equal("67%", BoardRules.Percent(BoardRules.Rate(2, 3)));
        Assert.Equal("–", BoardRules.Percent(BoardRules.Rate(0, 0)));
    }
}
