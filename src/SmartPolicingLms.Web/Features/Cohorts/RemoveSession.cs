using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Cohorts;

// Removes a session of a draft cohort, with its slots; a make-up session may also go while the cohort runs. A session
// with attendance never goes: its marks are hours someone attended (the database refuses it too).
internal static class RemoveSession
{
    static readonly IStringLocalizer T = Localizers.For<CohortsStrings>();

    public static string HasAttendance => T["This session already has attendance marks, so it cannot be removed: the hours recruits attended there would be lost."];

    internal sealed class Command
    {
        public int CohortId { get; set; }
        public int Version { get; set; }
        public int SessionId { get; set; }
    }

    internal sealed class Handler(CurrentPerson person, AppDbContext db, CohortAccess access, AuditLog audit, TimeProvider clock)
    {
        public async Task<Outcome<int>> HandleAsync(Command command, CancellationToken ct)
        {
            var (cohort, refusal) = await access.ForChangeAsync(command.CohortId, command.Version, ct);
            if (cohort is null)
                return Outcome<int>.Refused(refusal!);
            var session = await db.CohortSessions.Include(s => s.Instructors).Include(s => s.Slots).AsSplitQuery()
                .SingleOrDefaultAsync(s => s.Id == command.SessionId && s.CohortId == cohort.Id, ct);
            if (session is null)
                return Outcome<int>.Invalid("", T["There is no such session in this cohort."]);
            if (!cohort.State.PlansSessions() && !(session.IsMakeUp && cohort.State.TakesMakeUps()))
                return Outcome<int>.Invalid("", T["Sessions are removed only while the cohort is a draft."]);
            if (await db.AttendanceRecords.AnyAsync(r => r.SessionId == session.Id, ct))
                return Outcome<int>.Invalid("", HasAttendance);
            var module = await db.CourseModules.AsNoTracking().SingleAsync(m => m.Id == session.CourseModuleId, ct);

            db.CohortSessions.Remove(session);
            cohort.Touch(clock.GetUtcNow().UtcDateTime);
            audit.Record(person.UserId, cohort.Id, AuditSubjects.Session(module.Number, module.Title), session.IsMakeUp ? AuditAction.MakeUpSessionRemoved : AuditAction.SessionRemoved,
                SessionSnapshot.Of(session), null);
            return await access.TrySaveAsync(ct) ? Outcome<int>.Ok(cohort.Id) : Outcome<int>.Conflict(CohortAccess.ConflictMessage);
        }
    }
}
