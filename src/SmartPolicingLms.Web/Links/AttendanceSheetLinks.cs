namespace SmartPolicingLms.Web.Links;

// Relative to the base href, like every link in the app.
internal static class AttendanceSheetLinks
{
    public const string SignInSheetPattern = "/cohorts/{Id:int}/sessions/{SessionId:int}/sign-in-sheet.pdf";
    public const string TemplatePattern = "/cohorts/{Id:int}/sessions/{SessionId:int}/attendance.csv";

    public static string SignInSheet(int cohortId, int sessionId) => $"cohorts/{cohortId}/sessions/{sessionId}/sign-in-sheet.pdf";
    public static string Template(int cohortId, int sessionId) => $"cohorts/{cohortId}/sessions/{sessionId}/attendance.csv";
    public static string Import(int cohortId, int sessionId) => $"cohorts/{cohortId}/sessions/{sessionId}/attendance/import";
}
