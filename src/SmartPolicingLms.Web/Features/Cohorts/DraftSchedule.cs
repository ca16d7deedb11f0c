using System.Diagnostics;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Features.Cohorts;

namespace SmartPolicingLms.Web.Features.Cohorts;

// The schedule helper: drafts a session for every contact module of a draft cohort, in module order, and saves them
// in one go, in place of the sessions it had (only when the instructor confirms). The instructor adjusts afterwards.
internal static class DraftSchedule
{
    static readonly IStringLocalizer T = Localizers.For<CohortsStrings>();

    internal sealed class Command
    {
        public int CohortId { get; set; }
        public int Version { get; set; }
        public DateOnly StartDate { get; set; }
        // Empty by default: unticked boxes are not posted, so a default here would stand in for "no day ticked".
        public DayOfWeek[] Days { get; set => field = value ?? []; } = [];
        public TimeOnly DailyStart { get; set; } = new(9, 0);
        // In the course's hours (45 minutes in the Kyrgyz course), as timetables there are written.
        public decimal DailyHours { get; set; } = 6;
        public decimal BreakAfterHours { get; set; } = 3;
        public int BreakMinutes { get; set; } = 60;
        public string Location { get; set; } = "";
        public string[] InstructorIds { get; set => field = value ?? []; } = [];
        public bool ReplaceExisting { get; set; }

        public DraftPlan ToPlan(int hourMinutes) => new(StartDate, Days.ToHashSet(), DailyStart,
            (int)Math.Round(DailyHours * hourMinutes), (int)Math.Round(BreakAfterHours * hourMinutes), BreakMinutes);
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.StartDate).NotEqual(default(DateOnly)).WithName(_ => T["First day"]).WithMessage(_ => T["Enter the first teaching day."]);
            RuleFor(c => c.Days).NotEmpty().WithName(_ => T["Teaching days"]).WithMessage(_ => T["Tick at least one teaching day."]);
            RuleForEach(c => c.Days).IsInEnum().WithName(_ => T["Teaching days"]);
            RuleFor(c => c.DailyHours).InclusiveBetween(1, 16).WithName(_ => T["Teaching hours a day"]);
            RuleFor(c => c.BreakAfterHours).GreaterThanOrEqualTo(0).LessThanOrEqualTo(16).WithName(_ => T["Break after (hours)"]);
            RuleFor(c => c.BreakMinutes).InclusiveBetween(0, 240).WithName(_ => T["Break (minutes)"]);
            RuleFor(c => c.Location).NotEmpty().MaximumLength(200).WithName(_ => T["Location"]);
            RuleFor(c => c.InstructorIds).NotEmpty().WithName(_ => T["Instructors"]).WithMessage(_ => T["Choose at least one instructor."]);
        }
    }

    internal sealed record Drafted(int Sessions, int Slots);

    internal sealed class Handler(CurrentPerson person, AppDbContext db, IValidator<Command> validator, CohortAccess access, InstitutionInstructors instructors,
        SessionClashes clashes, AuditLog audit, TimeProvider clock, ILogger<Handler> logger)
    {
        public async Task<Outcome<Drafted>> HandleAsync(Command command, CancellationToken ct)
        {
            var watch = Stopwatch.StartNew();
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid)
                return Outcome<Drafted>.Invalid(validation.Errors);
            await using var transaction = await db.BeginCheckedWriteAsync(ct);
            var (cohort, refusal) = await access.ForChangeAsync(command.CohortId, command.Version, ct);
            if (cohort is null)
                return Outcome<Drafted>.Refused(refusal!);
            if (!cohort.State.PlansSessions())
                return Outcome<Drafted>.Invalid("", T["The schedule helper drafts only while the cohort is a draft."]);
            var existing = await db.CohortSessions.Where(s => s.CohortId == cohort.Id)
                .Include(s => s.Instructors).Include(s => s.Slots).AsSplitQuery().ToListAsync(ct);
            var existingIds = existing.Select(s => s.Id).ToList();
            var marked = existing.Count == 0 ? 0 : await db.AttendanceRecords.Where(r => existingIds.Contains(r.SessionId))
                .Select(r => r.SessionId).Distinct().CountAsync(ct);
            if (marked > 0)
                return Outcome<Drafted>.Invalid(nameof(Command.ReplaceExisting),
                    $"{marked} of the cohort's sessions already have attendance marks, so the schedule cannot be replaced: the hours recruits attended would be lost. Change sessions one at a time instead.");
            if (existing.Count > 0 && !command.ReplaceExisting)
                return Outcome<Drafted>.Invalid(nameof(Command.ReplaceExisting),
                    T.Plural(existing.Count, "The cohort already has {0} session. Tick the box to replace it, and its slot decisions, with the draft.|The cohort already has {0} sessions. Tick the box to replace them, and their slot decisions, with the draft."));
            if (command.StartDate < cohort.StartDate || command.StartDate > cohort.EndDate)
                return Outcome<Drafted>.Invalid(nameof(Command.StartDate),
                    T["The first day must fall within the cohort's dates, {0} to {1}.", LocalTime.Day(cohort.StartDate), LocalTime.Day(cohort.EndDate)]);
            if (!await instructors.AllBelongAsync(cohort.InstitutionId, command.InstructorIds, ct))
                return Outcome<Drafted>.Invalid(nameof(Command.InstructorIds), T["Instructors must be instructors of the cohort's institution."]);

            var hourMinutes = await db.CourseVersions.Where(v => v.Id == cohort.CourseVersionId).Select(v => v.HourMinutes).SingleAsync(ct);
            var modules = (await db.CourseModules.AsNoTracking().Include(m => m.Slots)
                .Where(m => m.CourseVersionId == cohort.CourseVersionId && m.Delivery != Delivery.SelfStudy)
                .ToListAsync(ct)).OrderBy(m => m.Number).ToList();
            var zoneId = await db.Institutions.Where(i => i.Id == cohort.InstitutionId).Select(i => i.TimeZoneId).SingleAsync(ct);
            var (planned, errors) = Plan(command, cohort, modules, hourMinutes, zoneId);
            if (errors.Count == 0)
                errors = await clashes.FindAsync(cohort.InstitutionId, [.. planned.Select(p => p.Check)], [.. existing.Select(s => s.Id)],
                    LocalTime.Zone(zoneId), ct);
            if (errors.Count > 0)
                return Outcome<Drafted>.Invalid(errors);

            var before = Snapshot(existing);
            db.CohortSessions.RemoveRange(existing);
            var sessions = planned.Select(p => p.Session).ToList();
            foreach (var session in sessions)
                session.Instructors.AddRange(command.InstructorIds.Distinct().Select(id => new SessionInstructor { UserId = id }));
            cohort.Sessions.AddRange(sessions);
            cohort.Touch(clock.GetUtcNow().UtcDateTime);
            audit.Record(person.UserId, cohort.Id, AuditSubjects.Schedule, AuditAction.ScheduleDrafted, before, Snapshot(sessions));
            if (!await access.TrySaveAsync(ct))
                return Outcome<Drafted>.Conflict(CohortAccess.ConflictMessage);
            await transaction.CommitAsync(ct);
            logger.LogInformation("Drafted {Sessions} sessions for cohort {CohortId} in {ElapsedMs} ms", sessions.Count, cohort.Id, watch.ElapsedMilliseconds);
            return Outcome<Drafted>.Ok(new Drafted(sessions.Count, sessions.Sum(s => s.Slots.Count)));
        }

        static (List<(CohortSession Session, PlannedSession Check)>, List<ValidationFailure>) Plan(
            Command command, Cohort cohort, List<CourseModule> modules, int hourMinutes, string zoneId)
        {
            var plan = command.ToPlan(hourMinutes);
            if (plan.DailyStart.ToTimeSpan().TotalMinutes + ScheduleDrafter.DayLengthMinutes(plan) >= 24 * 60)
                return ([], [new(nameof(Command.DailyHours), T["The teaching day would end after midnight: start earlier or teach fewer hours a day."])]);
            var drafts = ScheduleDrafter.Draft([.. modules.Select(m => new ModuleToSchedule(m.Id, CohortRules.RequiredMinutes(m.Hours, hourMinutes)))], plan);
            if (drafts.Count > 0 && drafts[^1].Date > cohort.EndDate)
                return ([], [new(nameof(Command.StartDate), T["The draft runs to {0}, after the cohort ends on {1}. Start earlier, add teaching days or hours, or move the cohort's end date.",
                    LocalTime.Day(drafts[^1].Date), LocalTime.Day(cohort.EndDate)])]);

            var zone = LocalTime.Zone(zoneId);
            var planned = new List<(CohortSession, PlannedSession)>();
            foreach (var draft in drafts)
            {
                var module = modules.Single(m => m.Id == draft.ModuleId);
                if (LocalTime.ToUtc(draft.Date, draft.Start, zone) is not { } startsAt || LocalTime.ToUtc(draft.Date, draft.End, zone) is not { } endsAt)
                    return ([], [new(nameof(Command.DailyStart), LocalTime.NotOnClock(draft.Date, draft.Start, zoneId))]);
                planned.Add((CohortSession.Create(module.Id, startsAt, endsAt, command.Location, module.Slots),
                    new PlannedSession(startsAt, endsAt, command.Location, command.InstructorIds,
                        ScheduleReview.Label(module.Number, module.Title, startsAt, endsAt, zone))));
            }
            return (planned, []);
        }

        static ScheduleSnapshot Snapshot(IReadOnlyCollection<CohortSession> sessions) => new(sessions.Count,
            sessions.Sum(s => s.Slots.Count), sessions.Sum(s => s.Slots.Count(p => p.Coverage != SlotCoverage.Open)));
    }
}
