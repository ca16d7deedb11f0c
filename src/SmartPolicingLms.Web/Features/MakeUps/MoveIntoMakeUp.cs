using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.MakeUps;

// Moves recruits who missed a module into one of its make-up sessions (TakeOutOfMakeUp undoes it while they have no
// mark there). Their marks are then taken with the session's roll call, which lists only the recruits moved in.
internal static class MoveIntoMakeUp
{
    static readonly IStringLocalizer T = Localizers.For<MakeUpsStrings>();

    public static string NoneTicked => T["Tick at least one recruit to move into the make-up session."];

    internal sealed class Command
    {
        public int CohortId { get; set; }
        public int SessionId { get; set; }
        // The form binder hands over null when no box is ticked.
        public int[] EnrollmentIds { get; set => field = value ?? []; } = [];
    }

    internal sealed class Handler(CurrentPerson person, AppDbContext db, MakeUpSeats seats, MakeUpSession makeUps, AuditLog audit, TimeProvider clock)
    {
        public async Task<Outcome<int>> HandleAsync(Command command, CancellationToken ct)
        {
            if (command.EnrollmentIds.Length == 0)
                return Outcome<int>.Invalid(nameof(Command.EnrollmentIds), NoneTicked);
            var (session, refusal) = await seats.SessionAsync(command.CohortId, command.SessionId, ct);
            if (session is null)
                return Outcome<int>.Refused(refusal!);
            var zone = LocalTime.Zone(await db.Cohorts.Where(c => c.Id == command.CohortId)
                .Select(c => db.Institutions.Where(i => i.Id == c.InstitutionId).Select(i => i.TimeZoneId).Single()).SingleAsync(ct));
            var offered = await makeUps.MissedAsync(command.CohortId, session.CourseModuleId, zone, ct);
            var seated = await db.MakeUpSeats.Where(s => s.SessionId == session.Id).Select(s => s.EnrollmentId).ToListAsync(ct);
            var moving = command.EnrollmentIds.Distinct().Except(seated).ToList();
            if (moving.Any(id => !offered.ContainsKey(id)))
                return Outcome<int>.Invalid(nameof(Command.EnrollmentIds),
                    T["Only active recruits of this cohort who were absent, excused or late in a session of this module can be moved in. Reload the page and try again."]);

            var now = clock.GetUtcNow().UtcDateTime;
            db.MakeUpSeats.AddRange(moving.Select(id => new MakeUpSeat { SessionId = session.Id, EnrollmentId = id, MovedByUserId = person.UserId, MovedAt = now }));
            audit.Record(person.UserId, command.CohortId, await seats.SubjectAsync(session.CourseModuleId, ct), AuditAction.RecruitsMovedIntoMakeUp,
                new MakeUpSeats.Snapshot(session.Id, [.. seated.Order()]), new MakeUpSeats.Snapshot(session.Id, [.. seated.Concat(moving).Order()]));
            return await seats.TrySaveAsync(ct) ? Outcome<int>.Ok(moving.Count) : Outcome<int>.Conflict(MakeUpSeats.ChangedMeanwhile);
        }
    }
}
