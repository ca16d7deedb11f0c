using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.CertificateExport;

// The certificates a bulk export prints: those of the scope's cohorts that still stand (neither revoked nor replaced
// by a re-issue), read a page at a time so a graduation of twenty thousand takes no more memory than one of twenty.
internal sealed class StandingCertificates(AppDbContext db, ReportableCohorts reportable)
{
    const int PageSize = 100;

    internal sealed record Selection(IQueryable<Certificate> Certificates, int Count);

    // NotFound when the scope names a cohort, institution or course the person does not report on.
    public async Task<(Selection? Selection, Refusal? Refusal)> InAsync(ReportScope scope, CancellationToken ct)
    {
        var (cohorts, refusal) = await reportable.InAsync(scope, ct);
        if (cohorts is null)
            return (null, refusal);
        var certificates = from c in db.Certificates.AsNoTracking()
                           join e in db.Enrollments on c.EnrollmentId equals e.Id
                           where c.RevokedAt == null && cohorts.Any(h => h.Id == e.CohortId)
                           select c;
        return (new Selection(certificates, await certificates.CountAsync(ct)), null);
    }

    // Each certificate with the crest it was issued with; a crest is read once per export, not once per certificate.
    public async IAsyncEnumerable<(Certificate Certificate, byte[]? Crest)> ReadAsync(Selection selection,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var crests = new Dictionary<int, byte[]>();
        var after = 0;
        while (true)
        {
            // Keyset paging: each page is a short query of its own, so no reader stays open while the PDFs are drawn.
            var page = await selection.Certificates.Where(c => c.Id > after).OrderBy(c => c.Id).Take(PageSize).ToListAsync(ct);
            foreach (var certificate in page)
            {
                byte[]? crest = null;
                if (certificate.CrestId is { } crestId && !crests.TryGetValue(crestId, out crest))
                {
                    crest = await db.InstitutionCrests.AsNoTracking().Where(c => c.Id == crestId).Select(c => c.Content).SingleAsync(ct);
                    crests[crestId] = crest;
                }
                yield return (certificate, crest);
            }
            if (page.Count < PageSize)
                yield break;
            after = page[^1].Id;
        }
    }
}
