namespace SmartPolicingLms.Web.Features.Completion;

public sealed record Requirement(string Words, bool Met);

// What completes the course, each requirement met or not, and the hours that remain.
public sealed record CourseRequirementsView(IReadOnlyList<Requirement> Items, decimal HoursNeeded, decimal HoursToCome);

// Built from the completion rule's own items (CompletionRule.Requirements), so the list can never disagree with the
// decision shown beside it.
internal static class CourseRequirementsWords
{
    static readonly IStringLocalizer T = Localizers.For<CompletionStrings>();

    public static CourseRequirementsView For(CompletionFacts facts)
    {
        var result = CompletionRule.Decide(facts);
        bool Met(MissingItem requirement) => !result.Items.Any(missing => missing.Kind == requirement.Kind && missing.Module == requirement.Module
            || requirement.Kind == MissingKind.PostTestNotPassed && missing.Kind == MissingKind.PostTestBelowPassMark);
        string Words(MissingItem requirement) => requirement.Kind switch
        {
            MissingKind.ContactHours => T["Attend {0} of the {1} contact hours ({2}%)", CatalogueText.Hours(result.RequiredHours),
                CatalogueText.Hours(facts.ContactModules.Sum(m => m.Hours)), facts.Course.AttendanceRequiredPercent],
            MissingKind.SelfStudyNotRead => T["Mark self-study module {0} '{1}' as read", requirement.Module ?? 0, requirement.Title ?? ""],
            MissingKind.PreTestNotTaken => T["Take the pre-test (or have it waived by your instructor)"],
            _ => T["Pass the post-test with at least {0}%", requirement.PassMark ?? facts.Course.PassMarkPercent],
        };
        return new CourseRequirementsView([.. CompletionRule.Requirements(facts).Select(r => new Requirement(Words(r), Met(r)))],
            Math.Max(0m, result.RequiredHours - result.AttendedHours), CompletionRule.HoursToCome(facts));
    }
}
