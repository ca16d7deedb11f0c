using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Cohorts;

// Name, dates, capacity, lead instructors, and while a draft the edition. The course version never changes.
internal static class EditCohort
{
    static readonly IStringLocalizer T = Localizers.For<CohortsStrings>();

    internal sealed class Command : ICohortFields
    {
        public int CohortId { get; set; }
        public int Version { get; set; }
        public string Name { get; set; } = "";
        public DateOnly StartDate { get; set; }
        public DateOnly EndDate { get; set; }
        public int Capacity { get; set; }
        public string[] LeadInstructorIds { get; set => field = value ?? []; } = [];
        public bool ConfirmPast { get; set; }
        // Null (not posted) keeps the edition; the form offers it only while the cohort is a draft.
        public string? Language { get; set; }
    }

    // The cohort's edition and the others its version offers: the reference first.
    internal sealed record Editions(string Current, bool Changeable, IReadOnlyList<EditionChoice> Choices);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => Include(new CohortFieldsValidator());
    }

    internal sealed class Query(AppDbContext db, CohortAccess access)
    {
        public async Task<(CohortRight Right, Command? Form, int InstitutionId)> HandleAsync(int cohortId, CancellationToken ct)
        {
            var right = await access.RightAsync(cohortId, ct);
            if (right == CohortRight.None)
                return (right, null, 0);
            var cohort = await db.Cohorts.AsNoTracking().Include(c => c.Instructors).SingleAsync(c => c.Id == cohortId, ct);
            return (right, new Command
            {
                CohortId = cohort.Id, Version = cohort.Version, Name = cohort.Name, StartDate = cohort.StartDate, EndDate = cohort.EndDate,
                Capacity = cohort.Capacity, LeadInstructorIds = [.. cohort.Instructors.Where(i => i.IsLead).Select(i => i.UserId)],
                Language = cohort.Language,
            }, cohort.InstitutionId);
        }

        public async Task<Editions> EditionsAsync(int cohortId, CancellationToken ct)
        {
            var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId)
                .Join(db.CourseVersions, c => c.CourseVersionId, v => v.Id, (c, v) => new
                {
                    c.Language, c.State, Reference = v.Language,
                    Editions = v.Editions.OrderBy(e => e.Language).Select(e => new EditionChoice(e.Language, e.AwaitingReview)).ToList(),
                }).SingleAsync(ct);
            return new Editions(cohort.Language, cohort.State.ChoosesEdition(),
                [new EditionChoice(cohort.Reference, false), .. cohort.Editions]);
        }
    }

    internal sealed class Handler(CurrentPerson person, AppDbContext db, IValidator<Command> validator, CohortAccess access, InstitutionInstructors instructors,
        PastStarts past, AuditLog audit, TimeProvider clock)
    {
        public async Task<Outcome<int>> HandleAsync(Command command, CancellationToken ct)
        {
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid)
                return Outcome<int>.Invalid(validation.Errors);
            var (cohort, refusal) = await access.ForChangeAsync(command.CohortId, command.Version, ct);
            if (cohort is null)
                return Outcome<int>.Refused(refusal!);
            if (!cohort.State.IsAdjustable())
                return Outcome<int>.Invalid("", T["A completed or cancelled cohort can no longer change."]);
            if (!await instructors.AllBelongAsync(cohort.InstitutionId, command.LeadInstructorIds, ct))
                return Outcome<int>.Invalid(nameof(Command.LeadInstructorIds), CohortFieldsValidator.LeadsOfInstitution);
            if (await past.CohortAsync(cohort.InstitutionId, command.StartDate, cohort.StartDate, command.ConfirmPast, nameof(Command.StartDate), ct)
                is { } unconfirmed)
                return Outcome<int>.Invalid([unconfirmed]);
            if (await SessionDaysAsync(cohort, ct) is { Count: > 0 } days
                && (days.Min() < command.StartDate || days.Max() > command.EndDate))
                return Outcome<int>.Invalid(nameof(Command.StartDate),
                    T["Sessions are scheduled from {0} to {1}; the cohort's dates must include them.", LocalTime.Day(days.Min()), LocalTime.Day(days.Max())]);

            if (command.Language is { Length: > 0 } language && language != cohort.Language
                && await EditionRefusalAsync(cohort, language, ct) is { } editionRefusal)
                return Outcome<int>.Invalid(nameof(Command.Language), editionRefusal);

            await db.Entry(cohort).Collection(c => c.Instructors).LoadAsync(ct);
            var before = CohortSnapshot.Of(cohort);
            var now = clock.GetUtcNow().UtcDateTime;
            cohort.Update(command.Name, command.StartDate, command.EndDate, command.Capacity, now);
            if (command.Language is { Length: > 0 } chosen && chosen != cohort.Language)
                cohort.ChooseEdition(chosen, now);
            var leads = command.LeadInstructorIds.Distinct().ToHashSet();
            cohort.Instructors.RemoveAll(i => !leads.Contains(i.UserId));
            cohort.Instructors.AddRange(leads.Where(id => cohort.Instructors.All(i => i.UserId != id))
                .Select(id => new CohortInstructor { UserId = id, IsLead = true }));
            audit.Record(person.UserId, cohort.Id, AuditSubjects.Cohort, AuditAction.DetailsChanged, before, CohortSnapshot.Of(cohort));
            return await access.TrySaveAsync(ct) ? Outcome<int>.Ok(cohort.Id) : Outcome<int>.Conflict(CohortAccess.ConflictMessage);
        }

        async Task<string?> EditionRefusalAsync(Cohort cohort, string language, CancellationToken ct)
        {
            if (!cohort.State.ChoosesEdition())
                return EditionText.FixedOnceOutOfDraft;
            var offered = await db.CourseVersions.AnyAsync(v => v.Id == cohort.CourseVersionId
                && (v.Language == language || v.Editions.Any(e => e.Language == language)), ct);
            return offered ? null : EditionText.NotOfVersion;
        }

        async Task<List<DateOnly>> SessionDaysAsync(Cohort cohort, CancellationToken ct)
        {
            var zone = LocalTime.Zone(await db.Institutions.Where(i => i.Id == cohort.InstitutionId).Select(i => i.TimeZoneId).SingleAsync(ct));
            var starts = await db.CohortSessions.Where(s => s.CohortId == cohort.Id).Select(s => s.StartsAt).ToListAsync(ct);
            return [.. starts.Select(s => DateOnly.FromDateTime(LocalTime.ToLocal(s, zone)))];
        }
    }
}
