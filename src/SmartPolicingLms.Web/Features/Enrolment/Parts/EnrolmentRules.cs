
namespace SmartPolicingLms.Web.Features.Enrolment;

internal static class EnrolmentRules
{
    // Recruits join a cohort from its draft until it ends; a completed or cancelled cohort takes no one new.
    public static bool CanEnrol(CohortState state) => state is CohortState.Draft or CohortState.Published or CohortState.InProgress;

    public const string ClosedMessage = "This cohort has ended or was cancelled: no one can be enrolled in it any more.";

    public static string? CapacityProblem(int capacity, int enrolled, int adding)
    {
        if (enrolled + adding <= capacity)
            return null;
        var free = Math.Max(0, capacity - enrolled);
        return $"The cohort has {capacity} places and {enrolled} recruits enrolled, so {free} places are free; " +
               $"this would enrol {adding}. Remove at least {enrolled + adding - capacity}, or raise the cohort's capacity first.";
    }
}
