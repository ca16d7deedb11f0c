using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Features.Cohorts;

// Adds one session of a contact module; it gets the co-trainer slots its module declares. A regular session is added
// while the cohort is a draft. A make-up session, for recruits who missed the module, is added once the cohort is
// published and until it ends: it is checked like any session but is not part of the module's regular time, and only
// the recruits moved into it sit it.
internal static class ScheduleSession
{
    static readonly IStringLocalizer T = Localizers.For<CohortsStrings>();

    public static string DraftOnly => T["Sessions are added only while the cohort is a draft."];
    public static string MakeUpsWhileRunning => T["Make-up sessions are scheduled only once the cohort is published and until it ends."];

    internal sealed class Command : ISessionFields
    {
        public int CohortId { get; set; }
        public int Version { get; set; }
        public int ModuleId { get; set; }
        public DateOnly Date { get; set; }
        public TimeOnly StartTime { get; set; }
        public TimeOnly EndTime { get; set; }
        public string Location { get; set; } = "";
        public string[] InstructorIds { get; set => field = value ?? []; } = [];
        public bool ConfirmPast { get; set; }
        // Set by the make-up page, never read from the form.
        public bool IsMakeUp { get; set; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => Include(new SessionFieldsValidator());
    }

    internal sealed class Handler(CurrentPerson person, AppDbContext db, IValidator<Command> validator, CohortAccess access, SessionChecks checks,
        AuditLog audit, TimeProvider clock)
    {
        public async Task<Outcome<int>> HandleAsync(Command command, CancellationToken ct)
        {
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid)
                return Outcome<int>.Invalid(validation.Errors);
            await using var transaction = await db.BeginCheckedWriteAsync(ct);
            var (cohort, refusal) = await access.ForChangeAsync(command.CohortId, command.Version, ct);
            if (cohort is null)
                return Outcome<int>.Refused(refusal!);
            if (command.IsMakeUp ? !cohort.State.TakesMakeUps() : !cohort.State.PlansSessions())
                return Outcome<int>.Invalid("", command.IsMakeUp ? MakeUpsWhileRunning : DraftOnly);
            var module = await db.CourseModules.AsNoTracking().Include(m => m.Slots)
                .SingleOrDefaultAsync(m => m.Id == command.ModuleId && m.CourseVersionId == cohort.CourseVersionId, ct);
            if (module is null || !module.Delivery.IsContact())
                return Outcome<int>.Invalid(nameof(Command.ModuleId), T["Choose a module of this cohort's course that is taught in sessions."]);
            var (times, errors) = await checks.CheckAsync(cohort, command, null, ct);
            if (times is null)
                return Outcome<int>.Invalid(errors);

            var session = CohortSession.Create(module.Id, times.StartsAt, times.EndsAt, command.Location, module.Slots, command.IsMakeUp);
            session.Instructors.AddRange(command.InstructorIds.Distinct().Select(id => new SessionInstructor { UserId = id }));
            cohort.Sessions.Add(session);
            cohort.Touch(clock.GetUtcNow().UtcDateTime);
            audit.Record(person.UserId, cohort.Id, AuditSubjects.Session(module.Number, module.Title),
                command.IsMakeUp ? AuditAction.MakeUpSessionScheduled : AuditAction.SessionScheduled,
                null, SessionSnapshot.Of(session));
            if (!await access.TrySaveAsync(ct))
                return Outcome<int>.Conflict(CohortAccess.ConflictMessage);
            await transaction.CommitAsync(ct);
            return Outcome<int>.Ok(session.Id);
        }
    }
}
