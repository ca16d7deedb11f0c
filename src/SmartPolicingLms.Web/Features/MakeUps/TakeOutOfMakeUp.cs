using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.MakeUps;

// Takes a recruit back out of a make-up session, while they have no mark in it.
internal static class TakeOutOfMakeUp
{
    static readonly IStringLocalizer T = Localizers.For<MakeUpsStrings>();

    internal sealed class Handler(CurrentPerson person, AppDbContext db, MakeUpSeats seats, AuditLog audit)
    {
        public async Task<Outcome<int>> HandleAsync(int cohortId, int sessionId, int enrollmentId, CancellationToken ct)
        {
            var (session, refusal) = await seats.SessionAsync(cohortId, sessionId, ct);
            if (session is null)
                return Outcome<int>.Refused(refusal!);
            var seat = await db.MakeUpSeats.SingleOrDefaultAsync(s => s.SessionId == sessionId && s.EnrollmentId == enrollmentId, ct);
            if (seat is null)
                return Outcome<int>.Invalid("", T["This recruit is not in the make-up session."]);
            if (await db.AttendanceRecords.AnyAsync(r => r.SessionId == sessionId && r.EnrollmentId == enrollmentId, ct))
                return Outcome<int>.Invalid("", T["This recruit already has a mark in the make-up session, so they stay in it. Change the mark in its roll call instead."]);

            db.MakeUpSeats.Remove(seat);
            audit.Record(person.UserId, cohortId, await seats.SubjectAsync(session.CourseModuleId, ct), AuditAction.RecruitTakenOutOfMakeUp,
                new MakeUpSeats.Snapshot(sessionId, [enrollmentId]), new MakeUpSeats.Snapshot(sessionId, []));
            return await seats.TrySaveAsync(ct) ? Outcome<int>.Ok(enrollmentId) : Outcome<int>.Conflict(MakeUpSeats.ChangedMeanwhile);
        }
    }
}
