namespace SmartPolicingLms.Web.Localization;

// The interface text every part shares (the layout, the menu, the error pages, the kernels' words): the key of
// SharedStrings.resx and its .ru/.ky siblings. Each feature folder has its own <Feature>Strings for its pages.
internal sealed class SharedStrings;
