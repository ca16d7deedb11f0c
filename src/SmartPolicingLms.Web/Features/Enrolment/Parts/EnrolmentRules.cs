
namespace SmartPolicingLms.Web.Features.Enrolment;

internal static class EnrolmentRules
{
    static readonly IStringLocalizer T = Localizers.For<EnrolmentStrings>();

    // Recruits join a cohort from its draft until it ends; a completed or cancelled cohort takes no one new.
    public static bool CanEnrol(CohortState state) => state is CohortState.Draft or CohortState.Published or CohortState.InProgress;

    public static string ClosedMessage => T["This cohort has ended or was cancelled: no one can be enrolled in it any more."];

    public static string? CapacityProblem(int capacity, int enrolled, int adding)
    {
        if (enrolled + adding <= capacity)
            return null;
        var free = Math.Max(0, capacity - enrolled);
        return T["The cohort has {0} places and {1} recruits enrolled, so {2} places are free; this would enrol {3}. Remove at least {4}, or raise the cohort's capacity first.",
            capacity, enrolled, free, adding, enrolled + adding - capacity];
    }
}
