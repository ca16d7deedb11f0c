// Not ...Features.Results: that namespace would hide ASP.NET's Results (Results.NotFound()) from every feature's code.
namespace SmartPolicingLms.Web.Links;

internal static class ResultLinks
{
    public static string Cohort(int cohortId) => $"cohorts/{cohortId}/results";
}
