using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Certificates;

// A certificate as a PDF, for the recruit it was issued to and for those who may see the recruit's cohort (its
// institution's instructors, the program officers who follow the institution, administrators). To anyone else it
// does not exist.
internal sealed class DownloadCertificate(AppDbContext db, CohortAccess access, CurrentPerson person)
{
    internal sealed record Pdf(byte[] Content, string FileName);

    public async Task<Pdf?> HandleAsync(int certificateId, string verificationBase, CancellationToken ct)
    {
        var found = await (from c in db.Certificates.AsNoTracking()
                           join e in db.Enrollments on c.EnrollmentId equals e.Id
                           where c.Id == certificateId
                           select new { Certificate = c, e.RecruitUserId, e.CohortId }).SingleOrDefaultAsync(ct);
        if (found is null)
            return null;
        var mine = person.IsRecruit && found.RecruitUserId == person.UserId;
        if (!mine && !await access.Visible().AnyAsync(c => c.Id == found.CohortId, ct))
            return null;
        var link = $"{verificationBase.TrimEnd('/')}/verify/{found.Certificate.VerificationCode}";
        // The crest the certificate was issued with, even if the institution has replaced it since.
        var crest = found.Certificate.CrestId is not { } crestId ? null
            : await db.InstitutionCrests.AsNoTracking().Where(c => c.Id == crestId).Select(c => c.Content).SingleAsync(ct);
        return new Pdf(CertificatePdf.Write(found.Certificate, link, crest), $"certificate-{found.Certificate.Serial}.pdf");
    }
}
