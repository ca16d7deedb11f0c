namespace SmartPolicingLms.Web.Features.CohortResults;

// The words of a cohort's results page and its charts: the key of CohortResultsStrings.resx and its .ru/.ky siblings.
internal sealed class CohortResultsStrings;
