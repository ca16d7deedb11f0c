namespace SmartPolicingLms.Web.Features.Certificates;

// A certificate as a PDF, for whoever may have it (CertificateAccess), while it stands for the recruit it names.
internal sealed class DownloadCertificate(CertificateAccess access)
{
    internal sealed record Pdf(byte[] Content, string FileName);

    public async Task<Pdf?> HandleAsync(int certificateId, string publicBase, CancellationToken ct)
    {
        if (await access.FindAsync(certificateId, ct) is not { Certificate: var certificate } found)
            return null;
        // A recruit prints only a certificate that stands; staff may still open a revoked one to see what it printed.
        if (!certificate.IsValid && access.IsOwn(found))
            return null;
        var link = PublicAddress.Absolute(publicBase, CertificateLinks.Verify(certificate.VerificationCode));
        return new Pdf(CertificatePdf.Write(certificate, link), $"certificate-{certificate.Serial}.pdf");
    }
}
