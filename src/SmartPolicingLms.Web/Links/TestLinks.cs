
namespace SmartPolicingLms.Web.Links;

// Relative to the base href, like every link in the app. The recruit's home (Features/Learning) links to Start.
internal static class TestLinks
{
    public static string Slug(TestKind kind) => kind == TestKind.Pre ? "pre" : "post";

    public static TestKind? Parse(string? slug) => slug switch
    {
        "pre" => TestKind.Pre,
        "post" => TestKind.Post,
        _ => null,
    };

    public static string Start(int cohortId, TestKind kind) => $"learn/cohorts/{cohortId}/tests/{Slug(kind)}";
    public static string Question(int cohortId, TestKind kind, int number) => $"{Start(cohortId, kind)}/q/{number}";
    public static string Review(int cohortId, TestKind kind) => $"{Start(cohortId, kind)}/review";
    public static string Answers(int cohortId) => $"{Start(cohortId, TestKind.Post)}/answers";

    public static string Cohort(int cohortId) => $"cohorts/{cohortId}/tests";
    public static string Recruit(int cohortId, int enrollmentId) => $"cohorts/{cohortId}/tests/recruits/{enrollmentId}";
    public static string Paper(int cohortId, int enrollmentId, TestKind kind) => $"{Recruit(cohortId, enrollmentId)}/paper/{Slug(kind)}";
}
