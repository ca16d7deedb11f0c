using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Features.Cohorts;

namespace SmartPolicingLms.Web.Features.MakeUps;

// Adds a make-up session of a contact module to a running cohort, for recruits who missed the module. It is checked
// like any session (dates, instructors, clashes) and gets the module's co-trainer slots, but it is not part of the
// module's regular time: only the recruits moved into it sit it.
internal static class ScheduleMakeUp
{
    public const string OnlyWhileRunning = "Make-up sessions are scheduled only once the cohort is published and until it ends.";

    public static bool CanSchedule(CohortState state) => state is CohortState.Published or CohortState.InProgress;

    // The same fields and validation as a regular session: only what is created differs.
    internal sealed class Handler(CurrentPerson person, AppDbContext db, IValidator<ScheduleSession.Command> validator, CohortAccess access, SessionChecks checks,
        AuditLog audit, TimeProvider clock)
    {
        public async Task<Outcome<int>> HandleAsync(ScheduleSession.Command command, CancellationToken ct)
        {
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid)
                return Outcome<int>.Invalid(validation.Errors);
            var (cohort, refusal) = await access.ForChangeAsync(command.CohortId, command.Version, ct);
            if (cohort is null)
                return Outcome<int>.Refused(refusal!);
            if (!CanSchedule(cohort.State))
                return Outcome<int>.Invalid("", OnlyWhileRunning);
            var module = await db.CourseModules.AsNoTracking().Include(m => m.Slots)
                .SingleOrDefaultAsync(m => m.Id == command.ModuleId && m.CourseVersionId == cohort.CourseVersionId, ct);
            if (module is null || !module.Delivery.IsContact())
                return Outcome<int>.Invalid(nameof(ScheduleSession.Command.ModuleId), "Choose a module of this cohort's course that is taught in sessions.");
            var (times, errors) = await checks.CheckAsync(cohort, command, null, ct);
            if (times is null)
                return Outcome<int>.Invalid(errors);

            var session = CohortSession.Create(module.Id, times.StartsAt, times.EndsAt, command.Location, module.Slots, isMakeUp: true);
            session.Instructors.AddRange(command.InstructorIds.Distinct().Select(id => new SessionInstructor { UserId = id }));
            cohort.Sessions.Add(session);
            cohort.Touch(clock.GetUtcNow().UtcDateTime);
            audit.Record(person.UserId, cohort.Id, AuditSubjects.Session(module.Number, module.Title), "Make-up session scheduled",
                null, SessionSnapshot.Of(session));
            return await access.TrySaveAsync(ct) ? Outcome<int>.Ok(session.Id) : Outcome<int>.Conflict(CohortAccess.ConflictMessage);
        }
    }
}
