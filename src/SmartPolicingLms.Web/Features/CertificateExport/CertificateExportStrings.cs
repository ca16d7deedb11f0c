namespace SmartPolicingLms.Web.Features.CertificateExport;

// The words of the certificate exports' refusals (the certificates themselves speak CertificatesStrings): the key of
// CertificateExportStrings.resx and its .ru/.ky siblings.
internal sealed class CertificateExportStrings;
