namespace SmartPolicingLms.Web.Features.Assessments;

// The key of AssessmentsStrings.resx and its .ru/.ky siblings: the words of this folder's pages, messages and files.
internal sealed class AssessmentsStrings;
