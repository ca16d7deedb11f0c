
namespace SmartPolicingLms.Web.Features.Completion;

// The words the progress pages use for marks and tests, in one place so a browser test can rely on them.
internal static class CompletionText
{
    public const string NotMarked = "Not marked yet";
    public const string NotHeld = "Not held yet";

    public static string Of(AttendanceMark? mark, bool over) => mark switch
    {
        AttendanceMark.Present => "Present",
        AttendanceMark.Late => "Late",
        AttendanceMark.Absent => "Absent",
        AttendanceMark.Excused => "Excused",
        _ => over ? NotMarked : NotHeld,
    };

    public static string PreTest(CompletionFacts facts) =>
        facts.PreTestTaken ? "Taken" : facts.PreTestWaived ? "Waived by your instructor" : "Not taken";

    public static string PostTest(CompletionFacts facts) => facts.BestPostTestPercent is { } best
        ? $"Best score {best:0.#}% (pass mark {facts.Course.PassMarkPercent}%): {(PassMark.Passes(best, facts.Course.PassMarkPercent) ? "passed" : "not passed yet")}"
        : $"Not taken yet (pass mark {facts.Course.PassMarkPercent}%)";
}
