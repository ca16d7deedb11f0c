using Microsoft.EntityFrameworkCore;

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
            : db.Enrollments.Active().Where(e => e.CohortId == session.CohortId).Select(e => e.Id);
        var marked = db.AttendanceRecords.Where(r => r.SessionId == sessionId).Select(r => r.EnrollmentId);
        return await expected.Union(marked).ToListAsync(ct);
    }

    // The roster as people: name, service number and email, and the mark recorded so far, sorted by name the same
    // way wherever it is shown or printed (the roll call, the sign-in sheet, the CSV template).
    public async Task<IReadOnlyList<RosterRecruit>> RecruitsAsync(int sessionId, CancellationToken ct)
    {
        var ids = await EnrollmentIdsAsync(sessionId, ct);
        var marks = await db.AttendanceRecords.AsNoTracking().Where(r => r.SessionId == sessionId)
            .ToDictionaryAsync(r => r.EnrollmentId, r => r.Mark, ct);
        var people = await db.Enrollments.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Join(db.Users, e => e.RecruitUserId, u => u.Id, (e, u) => new { e.Id, u.DisplayName, u.ServiceNumber, u.Email })
            .ToListAsync(ct);
        return [.. people.OrderBy(p => p.DisplayName, StringComparer.InvariantCultureIgnoreCase).ThenBy(p => p.Id)
            .Select(p => new RosterRecruit(p.Id, p.DisplayName, p.ServiceNumber, p.Email, marks.TryGetValue(p.Id, out var mark) ? mark : null))];
    }
}

internal sealed record RosterRecruit(int EnrollmentId, string Name, string? ServiceNumber, string? Email, AttendanceMark? Mark);
