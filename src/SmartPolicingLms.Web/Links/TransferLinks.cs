namespace SmartPolicingLms.Web.Links;

// Relative to the base href, like every link in the app.
internal static class TransferLinks
{
    public static string Transfer(int cohortId, int enrollmentId) => $"cohorts/{cohortId}/recruits/{enrollmentId}/transfer";
}
