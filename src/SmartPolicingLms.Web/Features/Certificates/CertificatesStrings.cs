namespace SmartPolicingLms.Web.Features.Certificates;

// The words of the certificates' pages, the printed certificate and the public check: the key of
// CertificatesStrings.resx and its .ru/.ky siblings.
internal sealed class CertificatesStrings;
