namespace SmartPolicingLms.Web.Features.MakeUps;

// The key of MakeUpsStrings.resx and its .ru/.ky siblings: the words of this folder's pages, messages and files.
internal sealed class MakeUpsStrings;
