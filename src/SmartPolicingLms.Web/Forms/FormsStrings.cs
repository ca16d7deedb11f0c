namespace SmartPolicingLms.Web.Forms;

// The words of the forms kernel (shared validation messages, uploads, Identity's own errors): the key of
// FormsStrings.resx and its .ru/.ky siblings.
internal sealed class FormsStrings;
