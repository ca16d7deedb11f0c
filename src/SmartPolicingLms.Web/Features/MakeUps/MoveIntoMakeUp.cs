using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.MakeUps;

// Moves recruits who missed a module into one of its make-up sessions, and takes one out again while they have no
// mark there. Their marks are then taken with the session's roll call, which lists only the recruits moved in.
internal static class MoveIntoMakeUp
{
    public const string NoSuchSession = "There is no such make-up session in this cohort.";
    public const string NoneTicked = "Tick at least one recruit to move into the make-up session.";

    internal sealed class Command
    {
        public int CohortId { get; set; }
        public int SessionId { get; set; }
        // The form binder hands over null when no box is ticked.
        public int[] EnrollmentIds { get; set => field = value ?? []; } = [];
    }

    internal sealed class Handler(CurrentPerson person, AppDbContext db, CohortAccess access, MakeUpSession makeUps, AuditLog audit, TimeProvider clock)
    {
        public async Task<Outcome<int>> MoveAsync(Command command, CancellationToken ct)
        {
            if (command.EnrollmentIds.Length == 0)
                return Outcome<int>.Invalid(nameof(Command.EnrollmentIds), NoneTicked);
            var (session, refusal) = await SessionAsync(command.CohortId, command.SessionId, ct);
            if (session is null)
                return Outcome<int>.Refused(refusal!);
            var zone = LocalTime.Zone(await db.Cohorts.Where(c => c.Id == command.CohortId)
                .Select(c => db.Institutions.Where(i => i.Id == c.InstitutionId).Select(i => i.TimeZoneId).Single()).SingleAsync(ct));
            var offered = await makeUps.MissedAsync(command.CohortId, session.CourseModuleId, zone, ct);
            var seated = await db.MakeUpSeats.Where(s => s.SessionId == session.Id).Select(s => s.EnrollmentId).ToListAsync(ct);
            var moving = command.EnrollmentIds.Distinct().Except(seated).ToList();
            if (moving.Any(id => !offered.ContainsKey(id)))
                return Outcome<int>.Invalid(nameof(Command.EnrollmentIds),
                    "Only active recruits of this cohort who were absent, excused or late in a session of this module can be moved in. Reload the page and try again.");

            var now = clock.GetUtcNow().UtcDateTime;
            db.MakeUpSeats.AddRange(moving.Select(id => new MakeUpSeat { SessionId = session.Id, EnrollmentId = id, MovedByUserId = person.UserId, MovedAt = now }));
            audit.Record(person.UserId, command.CohortId, await SubjectAsync(session.CourseModuleId, ct), "Recruits moved into make-up session",
                new SeatSnapshot(session.Id, [.. seated.Order()]), new SeatSnapshot(session.Id, [.. seated.Concat(moving).Order()]));
            return await TrySaveAsync(ct) ? Outcome<int>.Ok(moving.Count) : Outcome<int>.Invalid("", ChangedMeanwhile);
        }

        public async Task<Outcome<int>> RemoveAsync(int cohortId, int sessionId, int enrollmentId, CancellationToken ct)
        {
            var (session, refusal) = await SessionAsync(cohortId, sessionId, ct);
            if (session is null)
                return Outcome<int>.Refused(refusal!);
            var seat = await db.MakeUpSeats.SingleOrDefaultAsync(s => s.SessionId == sessionId && s.EnrollmentId == enrollmentId, ct);
            if (seat is null)
                return Outcome<int>.Invalid("", "This recruit is not in the make-up session.");
            if (await db.AttendanceRecords.AnyAsync(r => r.SessionId == sessionId && r.EnrollmentId == enrollmentId, ct))
                return Outcome<int>.Invalid("", "This recruit already has a mark in the make-up session, so they stay in it. Change the mark in its roll call instead.");

            db.MakeUpSeats.Remove(seat);
            audit.Record(person.UserId, cohortId, await SubjectAsync(session.CourseModuleId, ct), "Recruit taken out of make-up session",
                new SeatSnapshot(sessionId, [enrollmentId]), new SeatSnapshot(sessionId, []));
            return await TrySaveAsync(ct) ? Outcome<int>.Ok(enrollmentId) : Outcome<int>.Invalid("", ChangedMeanwhile);
        }

        const string ChangedMeanwhile = "Someone else changed who sits this make-up session at the same moment. The page now shows their change; try again.";

        sealed record SeatSnapshot(int SessionId, IReadOnlyList<int> EnrollmentIds);

        async Task<(CohortSession? Session, Refusal? Refusal)> SessionAsync(int cohortId, int sessionId, CancellationToken ct)
        {
            var right = await access.RightAsync(cohortId, ct);
            if (right != CohortRight.Change)
                return (null, CohortAccess.RefusalFor(right));
            var session = await db.CohortSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId && s.CohortId == cohortId && s.IsMakeUp, ct);
            if (session is null)
                return (null, Refusal.NotFound(NoSuchSession));
            var state = await db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.State).SingleAsync(ct);
            return state.TakesMakeUps() ? (session, null)
                : (null, Refusal.Invalid("Recruits are moved into make-up sessions only while the cohort is published or in progress."));
        }

        async Task<string> SubjectAsync(int moduleId, CancellationToken ct)
        {
            var module = await db.CourseModules.AsNoTracking().Where(m => m.Id == moduleId).Select(m => new { m.Number, m.Title }).SingleAsync(ct);
            return AuditSubjects.Session(module.Number, module.Title);
        }

        // Two instructors moving the same recruit at once collide on the seat's key; nothing of the second move is kept.
        async Task<bool> TrySaveAsync(CancellationToken ct)
        {
            try
            {
                await db.SaveChangesAsync(ct);
                return true;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return false;
            }
        }
    }
}
