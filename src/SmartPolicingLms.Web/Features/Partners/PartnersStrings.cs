namespace SmartPolicingLms.Web.Features.Partners;

// The key of PartnersStrings.resx and its .ru/.ky siblings: the words of the partners pages, keyed by their English text.
internal sealed class PartnersStrings;
