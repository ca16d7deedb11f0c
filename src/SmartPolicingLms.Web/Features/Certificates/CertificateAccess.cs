using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Certificates;

// Who may have a certificate, in any form (the PDF, the Open Badges credential): the recruit it was issued to, and
// those who may see the recruit's cohort (its institution's instructors, the program officers who follow the
// institution, administrators). To anyone else it does not exist.
internal sealed class CertificateAccess(AppDbContext db, CohortAccess access, CurrentPerson person)
{
    internal sealed record Found(Certificate Certificate, string RecruitUserId, int CohortId);

    // The recruit's own certificate (rather than one they see as staff).
    public bool IsOwn(Found found) => person.IsRecruit && found.RecruitUserId == person.UserId;

    public async Task<Found?> FindAsync(int certificateId, CancellationToken ct)
    {
        var found = await (from c in db.Certificates.AsNoTracking()
                           join e in db.Enrollments on c.EnrollmentId equals e.Id
                           where c.Id == certificateId
                           select new Found(c, e.RecruitUserId, e.CohortId)).SingleOrDefaultAsync(ct);
        if (found is null)
            return null;
        var mine = person.IsRecruit && found.RecruitUserId == person.UserId;
        return mine || await access.Visible().AnyAsync(c => c.Id == found.CohortId, ct) ? found : null;
    }
}
