namespace SmartPolicingLms.Web.Text;

// The words of the shared wording kernels (CatalogueText, CohortText, LearningText): the key of TextStrings.resx and
// its .ru/.ky siblings.
internal sealed class TextStrings;
