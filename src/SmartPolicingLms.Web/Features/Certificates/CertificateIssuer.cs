using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Features.Certificates;

// Keeps certificates in step with completion records, and is the only thing that issues one. Closing a cohort calls
// it for the cohort's records; a correction to a closed cohort's record calls it for that record. A record that says
// completed gets a certificate (if it has no valid one); one that no longer does has its certificate revoked. It adds
// to the caller's unit of work and saves nothing: the caller's transaction commits the records, the certificates and
// their numbers together, or none of them.
internal sealed class CertificateIssuer(AppDbContext db, TimeProvider clock)
{
    // Letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L, 5/S, 2/Z, 8/B, U/V).
    const string CodeAlphabet = "ACDEFGHJKMNPQRTWXY34679";
    // 20 symbols from 23: 20 × log2(23) ≈ 90 random bits, above the 80 a guess must face.
    public const int CodeLength = 20;

    public async Task SettleAsync(IReadOnlyDictionary<int, bool> completedByEnrollment, string by, CancellationToken ct)
    {
        if (completedByEnrollment.Count == 0)
            return;
        var ids = completedByEnrollment.Keys.ToList();
        var valid = new Dictionary<int, Certificate>();
        foreach (var chunk in ids.Chunk(500))
            foreach (var certificate in await db.Certificates.Where(c => chunk.Contains(c.EnrollmentId) && c.RevokedAt == null).ToListAsync(ct))
                valid[certificate.EnrollmentId] = certificate;
        var now = clock.GetUtcNow().UtcDateTime;

        foreach (var (enrollmentId, certificate) in valid.Where(v => !completedByEnrollment[v.Key]))
            certificate.Revoke(CertificateRevocation.NoLongerCompleted, null, by, now);

        // A person who deleted their personal data withdrew their certificate for good: a later correction does not issue one.
        var withdrawn = new HashSet<int>();
        foreach (var chunk in ids.Chunk(500))
            withdrawn.UnionWith(await db.Certificates.Where(c => chunk.Contains(c.EnrollmentId)
                && c.RevocationReason == CertificateRevocation.WithdrawnByPerson).Select(c => c.EnrollmentId).ToListAsync(ct));

        var toIssue = ids.Where(id => completedByEnrollment[id] && !valid.ContainsKey(id) && !withdrawn.Contains(id)).Order().ToList();
        if (toIssue.Count == 0)
            return;
        var printed = await PrintedAsync(toIssue, now, ct);
        foreach (var group in printed.GroupBy(p => (p.Value.InstitutionId, p.Value.Year)))
        {
            var counter = await CounterAsync(group.Key.InstitutionId, group.Key.Year, ct);
            foreach (var (enrollmentId, facts) in group.OrderBy(g => g.Key))
                db.Certificates.Add(Certificate.Issue(enrollmentId, facts.InstitutionId, facts.Prefix, facts.Year, counter.Next(), NewCode(),
                    NewSalt(), facts.Text, by, now));
        }
    }

    // A new certificate in place of a valid one, after the recruit's recorded name was corrected: it prints the name as
    // recorded now and everything else as the old one printed it (the completion date does not move), under a new
    // serial and code. Adds it to the unit of work; the caller revokes the old one as replaced.
    public async Task<Certificate> ReissueAsync(Certificate old, string by, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var found = await (from e in db.Enrollments.AsNoTracking()
                           where e.Id == old.EnrollmentId
                           join u in db.Users on e.RecruitUserId equals u.Id
                           join i in db.Institutions on old.InstitutionId equals i.Id
                           select new { u.DisplayName, Institution = i }).SingleAsync(ct);
        var year = LocalTime.ToLocal(now, LocalTime.Zone(found.Institution.TimeZoneId)).Year;
        var counter = await CounterAsync(old.InstitutionId, year, ct);
        var text = new CertificateText(found.DisplayName, old.CourseTitle, old.CourseVersionLabel, old.ContactHours, old.SelfStudyHours,
            old.CompletedOn, old.InstitutionName, old.Title, old.Statement, old.Signatories, old.CrestId);
        var replacement = Certificate.Issue(old.EnrollmentId, old.InstitutionId, found.Institution.CertificatePrefix, year, counter.Next(),
            NewCode(), NewSalt(), text, by, now);
        db.Certificates.Add(replacement);
        return replacement;
    }

    async Task<CertificateCounter> CounterAsync(int institutionId, int year, CancellationToken ct)
    {
        var counter = await db.CertificateCounters.SingleOrDefaultAsync(c => c.InstitutionId == institutionId && c.Year == year, ct);
        if (counter is null)
            db.CertificateCounters.Add(counter = CertificateCounter.Start(institutionId, year));
        return counter;
    }

    public static string NewCode()
    {
        var symbols = new char[CodeLength];
        for (var i = 0; i < CodeLength; i++)
            symbols[i] = CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)];
        // Groups of four, as people read a code aloud or type it from paper.
        return string.Join('-', Enumerable.Range(0, CodeLength / 4).Select(g => new string(symbols, g * 4, 4)));
    }

    public static string NewSalt() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    sealed record Printed(int InstitutionId, string Prefix, int Year, CertificateText Text);

    // What each certificate prints, read as it stands at issue: the recruit's name as recorded, the course as the
    // cohort's version (in its edition) titles it, the hours by delivery, the completion date in the institution's time zone.
    async Task<Dictionary<int, Printed>> PrintedAsync(List<int> enrollmentIds, DateTime now, CancellationToken ct)
    {
        var rows = new List<(int EnrollmentId, string Name, int CourseVersionId, string Title, string Label, Institution Institution,
            string CertificateTitle, string Statement)>();
        foreach (var chunk in enrollmentIds.Chunk(500))
            rows.AddRange((await (from e in db.Enrollments
                                  where chunk.Contains(e.Id)
                                  join u in db.Users on e.RecruitUserId equals u.Id
                                  join c in db.Cohorts on e.CohortId equals c.Id
                                  join v in db.CourseVersions on c.CourseVersionId equals v.Id
                                  join i in db.Institutions on c.InstitutionId equals i.Id
                                  // The cohort's edition, when it reads one: its title and certificate wording.
                                  join ed in db.CourseVersionEditions on new { VersionId = v.Id, c.Language }
                                      equals new { VersionId = ed.CourseVersionId, ed.Language } into editions
                                  from ed in editions.DefaultIfEmpty()
                                  select new { EnrollmentId = e.Id, u.DisplayName, VersionId = v.Id,
                                      Title = ed != null ? ed.Title : v.Title, v.VersionLabel, Institution = i,
                                      CertificateTitle = ed != null && ed.CertificateTitle != null ? ed.CertificateTitle : v.CertificateTitle,
                                      CertificateStatement = ed != null && ed.CertificateStatement != null ? ed.CertificateStatement : v.CertificateStatement })
                    .AsNoTracking().ToListAsync(ct))
                .Select(r => (r.EnrollmentId, r.DisplayName, r.VersionId, r.Title, r.VersionLabel, r.Institution, r.CertificateTitle ?? "",
                    r.CertificateStatement ?? "")));
        var versionIds = rows.Select(r => r.CourseVersionId).Distinct().ToList();
        var hours = (await db.CourseModules.AsNoTracking().Where(m => versionIds.Contains(m.CourseVersionId))
                .Select(m => new { m.CourseVersionId, m.Delivery, m.Hours }).ToListAsync(ct))
            .GroupBy(m => m.CourseVersionId)
            .ToDictionary(g => g.Key, g => (Contact: g.Where(m => m.Delivery.IsContact()).Sum(m => m.Hours),
                SelfStudy: g.Where(m => !m.Delivery.IsContact()).Sum(m => m.Hours)));
        return rows.ToDictionary(r => r.EnrollmentId, r =>
        {
            var day = DateOnly.FromDateTime(LocalTime.ToLocal(now, LocalTime.Zone(r.Institution.TimeZoneId)));
            var (contact, selfStudy) = hours.GetValueOrDefault(r.CourseVersionId);
            return new Printed(r.Institution.Id, r.Institution.CertificatePrefix, day.Year,
                new CertificateText(r.Name, r.Title, r.Label, contact, selfStudy, day, r.Institution.Name,
                    r.CertificateTitle, r.Statement, r.Institution.Signatories, r.Institution.CrestId));
        });
    }
}
