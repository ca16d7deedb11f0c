
namespace SmartPolicingLms.Web.Text;

// The words people read for cohort states and slot coverage.
internal static class CohortText
{
    public static string Of(CohortState state) => state switch
    {
        CohortState.InProgress => "In progress",
        _ => state.ToString(),
    };

    public static string Badge(CohortState state) => state switch
    {
        CohortState.Draft => "text-bg-secondary",
        CohortState.Published => "text-bg-primary",
        CohortState.InProgress => "text-bg-info",
        CohortState.Completed => "text-bg-success",
        _ => "text-bg-dark",
    };

    public static string Of(SlotCoverage coverage) => coverage switch
    {
        SlotCoverage.FilledByOrganisation => "Filled by organisation",
        SlotCoverage.Named => "Named co-trainer",
        SlotCoverage.Waived => "Waived",
        _ => "Open",
    };

    public static string Badge(SlotCoverage coverage) => coverage switch
    {
        SlotCoverage.Open => "text-bg-danger",
        SlotCoverage.Waived => "text-bg-warning",
        _ => "text-bg-success",
    };

    // Who fills a slot, as instructors and recruits may see it: the organisation, and a co-trainer's chosen name
    // only when they agreed to be named. The caller passes the name only with consent.
    public static string FilledBy(string? organisation, bool coTrainerNamed, string? consentedName) =>
        (organisation, coTrainerNamed, consentedName) switch
        {
            (null, _, _) => "",
            (_, true, { Length: > 0 } name) => $"{name} ({organisation})",
            (_, true, _) => $"A co-trainer from {organisation}",
            _ => organisation,
        };
}
