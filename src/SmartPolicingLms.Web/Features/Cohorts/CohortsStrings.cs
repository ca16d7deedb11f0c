namespace SmartPolicingLms.Web.Features.Cohorts;

// The key of CohortsStrings.resx and its .ru/.ky siblings: the words of the cohorts pages, keyed by their English text.
internal sealed class CohortsStrings;
