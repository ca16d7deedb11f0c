using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Cohorts;

// Moves a session, changes its room or its instructors. Once the cohort is published a module may not end up
// with less time than it needs, and a named co-trainer must still be free at the new time.
internal static class RescheduleSession
{
    static readonly IStringLocalizer T = Localizers.For<CohortsStrings>();

    internal sealed class Command : ISessionFields
    {
        public int CohortId { get; set; }
        public int Version { get; set; }
        public int SessionId { get; set; }
        public DateOnly Date { get; set; }
        public TimeOnly StartTime { get; set; }
        public TimeOnly EndTime { get; set; }
        public string Location { get; set; } = "";
        public string[] InstructorIds { get; set => field = value ?? []; } = [];
        public bool ConfirmPast { get; set; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => Include(new SessionFieldsValidator());
    }

    internal sealed class Handler(CurrentPerson person, AppDbContext db, IValidator<Command> validator, CohortAccess access, SessionChecks checks,
        CoTrainerBookings bookings, AuditLog audit, TimeProvider clock)
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
            if (!cohort.State.IsAdjustable())
                return Outcome<int>.Invalid("", T["A completed or cancelled cohort's sessions can no longer change."]);
            var session = await db.CohortSessions.Include(s => s.Instructors).Include(s => s.Slots).AsSplitQuery()
                .SingleOrDefaultAsync(s => s.Id == command.SessionId && s.CohortId == cohort.Id, ct);
            if (session is null)
                return Outcome<int>.Invalid("", T["There is no such session in this cohort."]);
            var (times, errors) = await checks.CheckAsync(cohort, command, session, ct);
            if (times is null)
                return Outcome<int>.Invalid(errors);
            if (await bookings.IsBookedAsync([.. session.Slots.Select(s => s.CoTrainerId).OfType<int>()], times.StartsAt, times.EndsAt, null,
                    session.Id, ct))
                return Outcome<int>.Invalid(nameof(Command.Date), CoTrainerBookings.BookedAtNewTimeMessage);
            var module = await db.CourseModules.AsNoTracking().SingleAsync(m => m.Id == session.CourseModuleId, ct);
            if (cohort.State != CohortState.Draft && await ShortfallAsync(cohort, module, session, times, ct) is { } shortfall)
                return Outcome<int>.Invalid(nameof(Command.EndTime), T["{0} A published cohort keeps every module's full time.", shortfall]);

            var before = SessionSnapshot.Of(session);
            session.Reschedule(times.StartsAt, times.EndsAt, command.Location);
            var chosen = command.InstructorIds.Distinct().ToHashSet();
            session.Instructors.RemoveAll(i => !chosen.Contains(i.UserId));
            session.Instructors.AddRange(chosen.Where(id => session.Instructors.All(i => i.UserId != id))
                .Select(id => new SessionInstructor { UserId = id }));
            cohort.Touch(clock.GetUtcNow().UtcDateTime);
            audit.Record(person.UserId, cohort.Id, AuditSubjects.Session(module.Number, module.Title), AuditAction.SessionChanged,
                before, SessionSnapshot.Of(session));
            if (!await access.TrySaveAsync(ct))
                return Outcome<int>.Conflict(CohortAccess.ConflictMessage);
            await transaction.CommitAsync(ct);
            return Outcome<int>.Ok(session.Id);
        }

        async Task<string?> ShortfallAsync(Cohort cohort, CourseModule module, CohortSession session, SessionChecks.Times times, CancellationToken ct)
        {
            var others = await db.CohortSessions.AsNoTracking()
                .Where(s => s.CohortId == cohort.Id && s.CourseModuleId == module.Id && s.Id != session.Id)
                .Select(s => new { s.StartsAt, s.EndsAt }).ToListAsync(ct);
            var minutes = others.Sum(s => (s.EndsAt - s.StartsAt).TotalMinutes) + (times.EndsAt - times.StartsAt).TotalMinutes;
            var hourMinutes = await db.CourseVersions.Where(v => v.Id == cohort.CourseVersionId).Select(v => v.HourMinutes).SingleAsync(ct);
            return CohortRules.Shortfall(new ModuleTime(module.Number, module.Title, module.Hours, hourMinutes, others.Count + 1, (int)minutes));
        }
    }
}
