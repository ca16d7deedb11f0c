
namespace SmartPolicingLms.Web.Text;

// The words people read for cohort states and slot coverage, in the reader's language.
internal static class CohortText
{
    static readonly IStringLocalizer T = Localizers.For<TextStrings>();

    public static string Of(CohortState state) => state switch
    {
        CohortState.Draft => T["Draft"],
        CohortState.Published => T["Published"],
        CohortState.InProgress => T["In progress"],
        CohortState.Completed => T["Completed"],
        CohortState.Cancelled => T["Cancelled"],
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
        SlotCoverage.FilledByOrganisation => T["Filled by organisation"],
        SlotCoverage.Named => T["Named co-trainer"],
        SlotCoverage.Waived => T["Waived"],
        _ => T["Open"],
    };

    public static string Badge(SlotCoverage coverage) => coverage switch
    {
        SlotCoverage.Open => "text-bg-danger",
        SlotCoverage.Waived => "text-bg-warning",
        _ => "text-bg-success",
    };

    // Who fills a slot, in the one wording every page uses: the organisation, and a co-trainer's chosen name only when
    // they agreed to be named (callers load names through NamedOnly, so no other name reaches here). Instructors also
    // read that the organisation sent someone who chose to stay unnamed; a recruit is not told even that much.
    public static string FilledBy(string? organisation, bool coTrainerNamed, string? consentedName, bool toRecruit = false) =>
        (organisation, coTrainerNamed, consentedName) switch
        {
            (null, _, _) => "",
            (_, true, { Length: > 0 } name) => $"{name} ({organisation})",
            (_, true, _) when !toRecruit => T["A co-trainer from {0}", organisation],
            _ => organisation,
        };
}
