using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Certificates;

// Every certificate a cohort's recruits were given, newest first per recruit, with whether it still stands: for the
// people who see the cohort's results and for administrators. Revoked and replaced ones stay on the list.
internal sealed class CohortCertificates(AppDbContext db, CohortAccess access)
{
    internal sealed record Row(int Id, int EnrollmentId, string Serial, string RecruitName, string NameNow, DateTime IssuedAt,
        DateTime? RevokedAt, string? RevocationReason, string? RevocationNote, bool Replaced)
    {
        public bool IsValid => RevokedAt is null;
        // The recorded name was corrected after this was printed: a re-issue would print the new one.
        public bool NameChanged => IsValid && NameNow != RecruitName;
    }

    internal sealed record Model(int CohortId, string CohortName, string TimeZoneId, bool MayManage, IReadOnlyList<Row> Certificates);

    public async Task<(Model? Model, Refusal? Refusal)> HandleAsync(int cohortId, CancellationToken ct)
    {
        var (mayManage, refusal) = await access.CertificatesAsync(cohortId, ct);
        if (refusal is not null)
            return (null, refusal);
        var cohort = await (from c in db.Cohorts.AsNoTracking()
                            join i in db.Institutions on c.InstitutionId equals i.Id
                            where c.Id == cohortId
                            select new { c.Name, i.TimeZoneId }).SingleAsync(ct);
        var rows = await (from c in db.Certificates.AsNoTracking()
                          join e in db.Enrollments on c.EnrollmentId equals e.Id
                          join u in db.Users on e.RecruitUserId equals u.Id
                          where e.CohortId == cohortId
                          select new Row(c.Id, c.EnrollmentId, c.Serial, c.RecruitName, u.DisplayName, c.IssuedAt, c.RevokedAt,
                              c.RevocationReason, c.RevocationNote, c.ReplacedById != null)).ToListAsync(ct);
        return (new Model(cohortId, cohort.Name, cohort.TimeZoneId, mayManage,
            [.. rows.OrderBy(r => r.NameNow, StringComparer.CurrentCulture).ThenByDescending(r => r.IssuedAt)]), null);
    }
}
