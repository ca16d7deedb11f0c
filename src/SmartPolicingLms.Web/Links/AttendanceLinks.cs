namespace SmartPolicingLms.Web.Links;

// Relative to the base href, like every link in the app.
internal static class AttendanceLinks
{
    public static string RollCall(int cohortId, int sessionId) => $"cohorts/{cohortId}/sessions/{sessionId}/roll-call";
}
