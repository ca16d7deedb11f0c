namespace SmartPolicingLms.Web.Links;

// Relative to the base href, like every link in the app. The test pages belong to the Tests feature.
internal static class LearningLinks
{
    public static string Home() => "learn";
    public static string Module(int cohortId, string moduleKey) => $"learn/cohorts/{cohortId}/modules/{Uri.EscapeDataString(moduleKey)}";
    public static string Test(int cohortId, Data.TestKind kind) => TestLinks.Start(cohortId, kind);
    public static string CohortCalendar(string baseUri, string token) => CalendarLinks.CohortFeed(baseUri, token);
}
