namespace SmartPolicingLms.Web.Features.Learning;

// The key of LearningStrings.resx and its .ru/.ky siblings: the words of this folder's pages, messages and files.
internal sealed class LearningStrings;
