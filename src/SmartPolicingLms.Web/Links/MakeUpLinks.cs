namespace SmartPolicingLms.Web.Links;

// Relative to the base href, like every link in the app.
internal static class MakeUpLinks
{
    public static string New(int cohortId, int moduleId) => $"cohorts/{cohortId}/make-up/new?module={moduleId}";
    public static string Seats(int cohortId, int sessionId) => $"cohorts/{cohortId}/sessions/{sessionId}/make-up";
}
