namespace SmartPolicingLms.Web.Hosting;

// The words of the hosting kernel (the too-many-requests and too-large pages, local time): the key of
// HostingStrings.resx and its .ru/.ky siblings.
internal sealed class HostingStrings;
