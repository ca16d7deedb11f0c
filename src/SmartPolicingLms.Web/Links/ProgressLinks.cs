namespace SmartPolicingLms.Web.Links;

// Relative to the base href, like every link in the app.
internal static class ProgressLinks
{
    public static string Progress(int cohortId) => $"learn/cohorts/{cohortId}/progress";
    public static string Close(int cohortId) => $"cohorts/{cohortId}/close";
    public static string Board(int cohortId) => $"cohorts/{cohortId}/board";
}
