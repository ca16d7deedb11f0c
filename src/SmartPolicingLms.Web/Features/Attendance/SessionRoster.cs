using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Data;

namespace SmartPolicingLms.Web.Features.Attendance;

// Who a session's roll call lists. A regular session lists every recruit enrolled in the cohort and not withdrawn,
// plus anyone who already has a mark there (a recruit withdrawn or transferred later keeps their record visible).
// A make-up session lists only the recruits moved into it.
internal sealed class SessionRoster(AppDbContext db)
{
    public async Task<IReadOnlyList<int>> EnrollmentIdsAsync(int sessionId, CancellationToken ct)
    {
        var session = await db.CohortSessions.AsNoTracking().Where(s => s.Id == sessionId)
            .Select(s => new { s.CohortId, s.IsMakeUp }).SingleAsync(ct);
        var expected = session.IsMakeUp
            ? db.MakeUpSeats.Where(m => m.SessionId == sessionId).Select(m => m.EnrollmentId)
            : db.Enrollments.Where(e => e.CohortId == session.CohortId && e.WithdrawnAt == null).Select(e => e.Id);
        var marked = db.AttendanceRecords.Where(r => r.SessionId == sessionId).Select(r => r.EnrollmentId);
        return await expected.Union(marked).ToListAsync(ct);
    }
}
