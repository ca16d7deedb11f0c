using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Certificates;

// A certificate as a PDF, for whoever may have it (CertificateAccess), while it stands for the recruit it names.
internal sealed class DownloadCertificate(AppDbContext db, CertificateAccess access)
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
        // The crest the certificate was issued with, even if the institution has replaced it since.
        var crest = certificate.CrestId is not { } crestId ? null
            : await db.InstitutionCrests.AsNoTracking().Where(c => c.Id == crestId).Select(c => c.Content).SingleAsync(ct);
        return new Pdf(CertificatePdf.Write(certificate, link, crest), $"certificate-{certificate.Serial}.pdf");
    }
}
