using SmartPolicingLms.Web.Features.Completion;
using static SmartPolicingLms.Web.Data.AttendanceMark;

namespace SmartPolicingLms.Web.Tests.Completion;

// The completion rule as a table of cases: a course of two 4-hour contact modules (each taught in two
// 90-minute sessions), one self-study module, 80% attendance, late counting half, pass mark 70%.
public sealed class CompletionRuleTests
{
    static readonly CourseRules Rules = new(AttendanceRequiredPercent: 80, LateCreditPercent: 50, PassMarkPercent: 70);

    static readonly ContactModule[] Modules =
    [
        new(1, "HIV basics", 4m, RegularMinutes: 180),
        new(4, "Proper procedure", 4m, RegularMinutes: 180),
    ];

    static CompletionResult Decide(SessionAttendance[] attendance, bool selfStudyDone = true, bool preTaken = true,
        bool preWaived = false, decimal? post = 85m) =>
        CompletionRule.Decide(new CompletionFacts(Rules, Modules, attendance, [new SelfStudyModule(2, "Reading", selfStudyDone)],
            preTaken, preWaived, post));

    static SessionAttendance[] Everything(AttendanceMark mark = Present) =>
        [new(1, 90, mark), new(1, 90, mark), new(4, 90, mark), new(4, 90, mark)];

    static readonly Dictionary<string, (SessionAttendance[] Attendance, bool Completed, decimal AttendedHours)> Cases = new()
    {
        ["all present"] = (Everything(), true, 8m),
        ["one session absent: 6 of 8 hours is under 6.4"] = ([new(1, 90, Present), new(1, 90, Present), new(4, 90, Present), new(4, 90, Absent)], false, 6m),
        ["one session late counts half: 7 of 8"] = ([new(1, 90, Present), new(1, 90, Present), new(4, 90, Present), new(4, 90, Late)], true, 7m),
        ["all late: 4 of 8"] = (Everything(Late), false, 4m),
        ["excused is not attended"] = ([new(1, 90, Present), new(1, 90, Present), new(4, 90, Present), new(4, 90, Excused)], false, 6m),
        ["excused recovered by a make-up"] = ([new(1, 90, Present), new(1, 90, Present), new(4, 90, Present), new(4, 90, Excused), new(4, 90, Present)], true, 8m),
        ["a make-up never earns past the module's hours"] = ([new(1, 90, Present), new(1, 90, Present), new(1, 90, Present), new(4, 90, Absent), new(4, 90, Absent)], false, 4m),
        ["a longer session with breaks earns only its share"] = ([new(1, 120, Present), new(1, 60, Present), new(4, 90, Present), new(4, 90, Present)], true, 8m),
        ["nothing attended"] = ([], false, 0m),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Attended_hours_are_credited_by_share_of_the_module_and_compared_with_the_required_share(string name)
    {
        var (attendance, completed, attendedHours) = Cases[name];

        var result = Decide(attendance);

        Assert.Equal(completed, result.Completed);
        Assert.Equal(attendedHours, result.AttendedHours);
        Assert.Equal(6.4m, result.RequiredHours);
    }

    [Fact]
    public void Missing_hours_are_explained_with_the_module_that_was_missed()
    {
        var result = Decide([new(1, 90, Present), new(1, 90, Present), new(4, 90, Absent), new(4, 90, Absent)]);

        Assert.Equal("needs 2.4 more contact hours: module 4 'Proper procedure' was missed", Assert.Single(result.Missing));
    }

    // Mid-course: module 1 is over, module 4 has had one of its two sessions (HeldMinutes) or none.
    [Theory]
    [InlineData(90, new[] { "Present", "Present", "Present" }, "module 4 'Proper procedure' still has sessions to come")]
    [InlineData(90, new[] { "Present", "Present", "Absent" }, "module 4 'Proper procedure' was partly missed")]
    [InlineData(0, new[] { "Present", "Present" }, "module 4 'Proper procedure' is still to come")]
    [InlineData(0, new[] { "Present", "Absent" }, "module 1 'HIV basics' was partly missed; module 4 'Proper procedure' is still to come")]
    public void A_session_still_to_come_is_never_called_missed(int heldOfModule4, string[] marks, string explained)
    {
        ContactModule[] midCourse = [Modules[0], Modules[1] with { HeldMinutes = heldOfModule4 }];
        int[] moduleOf = [1, 1, 4];
        var attendance = marks.Select((m, i) => new SessionAttendance(moduleOf[i], 90, Enum.Parse<AttendanceMark>(m))).ToList();

        var result = CompletionRule.Decide(new CompletionFacts(Rules, midCourse, attendance, [], true, false, 85m));

        var line = Assert.Single(result.Missing);
        Assert.EndsWith(": " + explained, line);
    }

    [Fact]
    public void A_module_without_sessions_says_so()
    {
        ContactModule[] unscheduled = [Modules[0], Modules[1] with { RegularMinutes = 0 }];

        var result = CompletionRule.Decide(new CompletionFacts(Rules, unscheduled, [new(1, 90, Present), new(1, 90, Present)], [], true, false, 85m));

        Assert.EndsWith(": module 4 'Proper procedure' has no session scheduled yet", Assert.Single(result.Missing));
    }

    [Fact]
    public void One_missing_hour_is_said_in_the_singular()
    {
        var rules = Rules with { AttendanceRequiredPercent = 100 };
        var result = CompletionRule.Decide(new CompletionFacts(rules, Modules,
            [new(1, 90, Present), new(1, 90, Present), new(4, 90, Present), new(4, 90, Late)], [], true, false, 85m));

        Assert.Equal("needs 1 more contact hour: module 4 'Proper procedure' was partly missed", Assert.Single(result.Missing));
    }

    [Fact]
    public void Everything_missing_is_listed_in_words()
    {
        var result = Decide(Everything(), selfStudyDone: false, preTaken: false, post: 60m);

        Assert.False(result.Completed);
        Assert.Equal(
        [
            "has not marked self-study module 2 'Reading' as read",
            "has not taken the pre-test (an instructor may waive it)",
            "scored 60% on the post-test; the pass mark is 70%",
        ], result.Missing);
    }

    [Theory]
    [InlineData(70, true)]
    [InlineData(69.9, false)]
    public void The_post_test_must_reach_the_pass_mark(double post, bool completed) =>
        Assert.Equal(completed, Decide(Everything(), post: (decimal)post).Completed);

    [Fact]
    public void A_waived_pre_test_counts_as_done_and_a_missing_post_test_does_not()
    {
        Assert.True(Decide(Everything(), preTaken: false, preWaived: true).Completed);
        var noPost = Decide(Everything(), post: null);
        Assert.Equal("has not passed the post-test yet (pass mark 70%)", Assert.Single(noPost.Missing));
    }
}
