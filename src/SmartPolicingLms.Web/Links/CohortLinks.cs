namespace SmartPolicingLms.Web.Links;

// Relative to the base href, like every link in the app.
internal static class CohortLinks
{
    public static string List() => "cohorts";
    public static string New() => "cohorts/new";
    public static string Cohort(int id) => $"cohorts/{id}";
    public static string Edit(int id) => $"cohorts/{id}/edit";
    public static string Schedule(int id) => $"cohorts/{id}/schedule";
    public static string NewSession(int id, int moduleId) => $"cohorts/{id}/sessions/new?module={moduleId}";
    public static string Session(int id, int sessionId) => $"cohorts/{id}/sessions/{sessionId}";
    // The Calendar feature's subscription page for the cohort.
    public static string Calendar(int id) => $"calendar/cohorts/{id}";
    public static string Slots(int id) => $"cohorts/{id}/slots";
    public static string Slot(int id, int slotId) => $"cohorts/{id}/slots/{slotId}";
}
