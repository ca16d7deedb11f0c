namespace SmartPolicingLms.Web.Features.Institutions;

// The key of InstitutionsStrings.resx and its .ru/.ky siblings: the words of the institutions pages, keyed by their English text.
internal sealed class InstitutionsStrings;
