namespace SmartPolicingLms.Web.Links;

// Relative to the base href, like every link in the app.
internal static class EnrolmentLinks
{
    // Printed on the code sheet, so it is short enough to type on a phone.
    public const string CodeSignInPath = "/code";

    public static string Recruits(int cohortId) => $"cohorts/{cohortId}/recruits";
    public static string Import(int cohortId) => $"cohorts/{cohortId}/recruits/import";
    public static string Recruit(int cohortId, int enrollmentId) => $"cohorts/{cohortId}/recruits/{enrollmentId}";
    public static string Join() => "learn/join";
    public static string CodeSignIn() => CodeSignInPath.TrimStart('/');
}
