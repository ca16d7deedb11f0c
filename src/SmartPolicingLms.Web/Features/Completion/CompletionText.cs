
namespace SmartPolicingLms.Web.Features.Completion;

// The words the progress pages use for marks and tests, in one place so a browser test can rely on them (in English;
// each reader gets them in their language).
internal static class CompletionText
{
    static readonly IStringLocalizer T = Localizers.For<CompletionStrings>();

    public const string NotMarked = "Not marked yet";
    public const string NotHeld = "Not held yet";

    // final: the cohort is closed, so nothing is "yet" any more (a session without a mark counted as not attended).
    public static string Of(AttendanceMark? mark, bool over, bool final = false) => mark switch
    {
        AttendanceMark.Present => T["Present"],
        AttendanceMark.Late => T["Late"],
        AttendanceMark.Absent => T["Absent"],
        AttendanceMark.Excused => T["Excused"],
        _ when final => T["Not marked"],
        _ => over ? T["Not marked yet"] : T["Not held yet"],
    };

    public static string PreTest(CompletionFacts facts) =>
        facts.PreTestTaken ? T["Taken"] : facts.PreTestWaived ? T["Waived by your instructor"] : T["Not taken"];

    public static string PostTest(CompletionFacts facts, bool final = false) => facts.BestPostTestPercent is { } best
        ? PassMark.Passes(best, facts.Course.PassMarkPercent)
            ? T["Best score {0}% (pass mark {1}%): passed", Score(best), facts.Course.PassMarkPercent]
            : final
                ? T["Best score {0}% (pass mark {1}%): not passed", Score(best), facts.Course.PassMarkPercent]
                : T["Best score {0}% (pass mark {1}%): not passed yet", Score(best), facts.Course.PassMarkPercent]
        : final
            ? T["Not taken (pass mark {0}%)", facts.Course.PassMarkPercent]
            : T["Not taken yet (pass mark {0}%)", facts.Course.PassMarkPercent];

    static string Score(decimal percent) => percent.ToString("0.#", System.Globalization.CultureInfo.CurrentCulture);
}
