using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Certificates;

namespace SmartPolicingLms.Web.Features.Completion;

// The stored completion decisions of a closed cohort. Closing writes one per active recruit; a change made to a
// closed cohort afterwards (an attendance mark, a paper test, a waiver, each with its recorded reason) calls
// RefreshAsync so the record follows the corrected facts. Certificates are issued from these records.
internal sealed class CompletionRecords(AppDbContext db, RecruitCompletion completion, CertificateIssuer certificates, TimeProvider clock)
{
    // Recomputes and rewrites the recruit's CompletionRecord when their cohort is closed; does nothing otherwise
    // (and nothing for a withdrawn recruit). Call it after your own change is saved, since it reads the database:
    // it saves the record itself, inside your transaction when one is open, so both commit or neither does.
    public async Task RefreshAsync(int enrollmentId, string byUserId, CancellationToken ct)
    {
        var closed = await db.Enrollments.Active().AnyAsync(e => e.Id == enrollmentId
            && db.Cohorts.Any(c => c.Id == e.CohortId && c.State == CohortState.Completed), ct);
        if (!closed)
            return;
        var facts = await completion.FactsAsync(enrollmentId, ct);
        var record = await db.CompletionRecords.SingleOrDefaultAsync(r => r.EnrollmentId == enrollmentId, ct);
        if (record is null)
            db.CompletionRecords.Add(record = CompletionRecord.Create(enrollmentId));
        var result = CompletionRule.Decide(facts);
        Write(record, facts, result, byUserId);
        // A correction that turns the record to completed issues the certificate; one that turns it back revokes it.
        await certificates.SettleAsync(new Dictionary<int, bool> { [enrollmentId] = result.Completed }, byUserId, ct);
        await db.SaveChangesAsync(ct);
    }

    // Adds or rewrites, without saving, a record for each decision given: closing saves them with the cohort's move.
    public async Task WriteAsync(IReadOnlyDictionary<int, (CompletionFacts Facts, CompletionResult Result)> decisions, string byUserId,
        CancellationToken ct)
    {
        var ids = decisions.Keys.ToList();
        var existing = new Dictionary<int, CompletionRecord>();
        foreach (var chunk in ids.Chunk(500))
            foreach (var record in await db.CompletionRecords.Where(r => chunk.Contains(r.EnrollmentId)).ToListAsync(ct))
                existing[record.EnrollmentId] = record;
        foreach (var (id, (facts, result)) in decisions)
        {
            if (!existing.TryGetValue(id, out var record))
                db.CompletionRecords.Add(record = CompletionRecord.Create(id));
            Write(record, facts, result, byUserId);
        }
    }

    void Write(CompletionRecord record, CompletionFacts facts, CompletionResult result, string byUserId)
    {
        record.Decide(result.Completed, result.AttendedHours, result.RequiredHours, facts.BestPostTestPercent,
            MissingItem.Store(result.Items), byUserId, clock.GetUtcNow().UtcDateTime);
    }
}
