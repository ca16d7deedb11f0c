namespace SmartPolicingLms.Web.Features.Catalogue;

// The words of the course catalogue's pages (the courses' own titles and texts are the curriculum's): the key of
// CatalogueStrings.resx and its .ru/.ky siblings.
internal sealed class CatalogueStrings;
