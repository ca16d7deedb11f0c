namespace SmartPolicingLms.Web.Features.Home;

// The key of HomeStrings.resx and its .ru/.ky siblings: the words of the home pages and the sign-in explanation.
internal sealed class HomeStrings;
