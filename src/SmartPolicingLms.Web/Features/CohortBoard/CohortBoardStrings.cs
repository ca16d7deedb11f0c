namespace SmartPolicingLms.Web.Features.CohortBoard;

// The words of the cohort board and of its at-risk reasons: the key of CohortBoardStrings.resx and its .ru/.ky siblings.
internal sealed class CohortBoardStrings;
