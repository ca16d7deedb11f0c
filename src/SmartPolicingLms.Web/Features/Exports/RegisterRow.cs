using System.Globalization;

namespace SmartPolicingLms.Web.Features.Exports;

// One line of the completion register: one active enrolment, as the cohort's results and completion pages show it.
// Completed is "yes" or "no" once the cohort is closed (its stored completion record), and "not decided" while it is
// open; Missing is then what the completion rule says is still missing today.
internal sealed record RegisterRow(
    string Institution, string Cohort, string Course, string CourseVersion, DateOnly CohortStart, DateOnly CohortEnd,
    string CohortStatus, string RecruitName, string? ServiceNumber, decimal AttendedHours, decimal RequiredHours,
    decimal? PreScore, decimal? PostScore, string Completed, string Missing, string? CertificateSerial, string? CertificateStatus)
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string NotDecided = "not decided";
    public const string Open = "open";
    public const string Closed = "closed";

    static readonly IStringLocalizer T = Localizers.For<ExportsStrings>();

    // In the language of the request that downloads the file; the cells below stay the same in every language, so a
    // spreadsheet's formulas and a script reading the values work whoever exported it.
    public static IReadOnlyList<string> Headers =>
    [
        T["Institution"], T["Cohort"], T["Course"], T["Course version"], T["Cohort start"], T["Cohort end"], T["Cohort status"],
        T["Recruit"], T["Service number"], T["Attended hours"], T["Required hours"], T["Pre-test score (%)"], T["Post-test score (%)"],
        T["Completed"], T["Missing"], T["Certificate serial"], T["Certificate status"],
    ];

    // The cells as text, in the order of Headers: numbers as the pages show them, with a dot for decimals.
    public string[] Cells() =>
    [
        Institution, Cohort, Course, CourseVersion, Day(CohortStart), Day(CohortEnd), CohortStatus,
        RecruitName, ServiceNumber ?? "", Number(AttendedHours), Number(RequiredHours), Number(PreScore), Number(PostScore),
        Completed, Missing, CertificateSerial ?? "", CertificateStatus ?? "",
    ];

    static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static string Number(decimal? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "";
}
