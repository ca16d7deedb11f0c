namespace SmartPolicingLms.Web.Features.Transfers;

// The key of TransfersStrings.resx and its .ru/.ky siblings: the words of this folder's pages, messages and files.
internal sealed class TransfersStrings;
