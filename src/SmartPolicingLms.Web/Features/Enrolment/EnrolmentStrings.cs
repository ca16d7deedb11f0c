namespace SmartPolicingLms.Web.Features.Enrolment;

// The key of EnrolmentStrings.resx and its .ru/.ky siblings: the words of this folder's pages, messages and files.
internal sealed class EnrolmentStrings;
