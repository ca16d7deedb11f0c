using System.Buffers.Text;
using System.Security.Cryptography;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Cohorts;

internal static class CreateCohort
{
    static readonly IStringLocalizer T = Localizers.For<CohortsStrings>();

    internal sealed class Command : ICohortFields
    {
        public string Name { get; set; } = "";
        public string CourseId { get; set; } = "";
        // Empty for the course's latest version.
        public int? VersionNumber { get; set; }
        public DateOnly StartDate { get; set; }
        public DateOnly EndDate { get; set; }
        public int Capacity { get; set; } = 30;
        // The edition recruits read; empty for the version's own language (the reference).
        public string? Language { get; set; }
        // The form binder hands over null when no box is ticked.
        public string[] LeadInstructorIds { get; set => field = value ?? []; } = [];
        public bool ConfirmPast { get; set; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            Include(new CohortFieldsValidator());
            RuleFor(c => c.CourseId).NotEmpty().WithName(_ => T["Course"]).WithMessage(_ => T["Choose a course."]);
        }
    }

    internal sealed record CourseOption(string Id, string Title, int LatestNumber, IReadOnlyList<VersionOption> Versions);
    // A version with legal claims awaiting local review is marked, so the instructor knows before publishing asks.
    internal sealed record VersionOption(int Number, string Label, bool NeedsLegalReview, string Language, IReadOnlyList<EditionChoice> Editions);

    internal sealed class Query(AppDbContext db)
    {
        public async Task<List<CourseOption>> HandleAsync(CancellationToken ct)
        {
            var versions = await db.CourseVersions.AsNoTracking()
                .Select(v => new { v.CourseId, v.Number, v.VersionLabel, v.Title, v.Language,
                    NeedsLegalReview = v.Modules.Any(m => m.LegalClaims.Any(c => c.ReviewedBy == null)),
                    Editions = v.Editions.OrderBy(e => e.Language).Select(e => new EditionChoice(e.Language, e.AwaitingReview)).ToList() })
                .ToListAsync(ct);
            var courses = await db.Courses.AsNoTracking().Where(c => c.LatestVersionNumber > 0).ToListAsync(ct);
            return [.. courses.OrderBy(c => c.Title).Select(c => new CourseOption(c.Id, c.Title, c.LatestVersionNumber,
                [.. versions.Where(v => v.CourseId == c.Id).OrderByDescending(v => v.Number).Select(v => new VersionOption(v.Number, v.VersionLabel, v.NeedsLegalReview, v.Language, v.Editions))]))];
        }
    }

    internal sealed class Handler(CurrentPerson person, 
        AppDbContext db, IValidator<Command> validator, InstitutionInstructors instructors, PastStarts past, AuditLog audit, TimeProvider clock)
    {
        public async Task<Outcome<int>> HandleAsync(Command command, CancellationToken ct)
        {
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid)
                return Outcome<int>.Invalid(validation.Errors);
            if (!person.IsInstructor || person.InstitutionId is not { } institutionId)
                return Outcome<int>.Invalid("", T["Only an instructor of an institution can create a cohort there."]);
            var number = command.VersionNumber
                ?? await db.Courses.Where(c => c.Id == command.CourseId).Select(c => (int?)c.LatestVersionNumber).SingleOrDefaultAsync(ct);
            var version = await db.CourseVersions.Where(v => v.CourseId == command.CourseId && v.Number == number)
                .Select(v => new { v.Id, v.Language, Editions = v.Editions.Select(e => e.Language).ToList() }).SingleOrDefaultAsync(ct);
            if (version is null)
                return Outcome<int>.Invalid(nameof(Command.VersionNumber), T["Choose one of this course's versions."]);
            var language = string.IsNullOrEmpty(command.Language) ? version.Language : command.Language;
            if (language != version.Language && !version.Editions.Contains(language))
                return Outcome<int>.Invalid(nameof(Command.Language), EditionChoice.NotOfVersion);
            if (!await instructors.AllBelongAsync(institutionId, command.LeadInstructorIds, ct))
                return Outcome<int>.Invalid(nameof(Command.LeadInstructorIds), CohortFieldsValidator.LeadsOfInstitution);
            if (await past.CohortAsync(institutionId, command.StartDate, null, command.ConfirmPast, nameof(Command.StartDate), ct) is { } unconfirmed)
                return Outcome<int>.Invalid([unconfirmed]);

            var now = clock.GetUtcNow().UtcDateTime;
            var cohort = Cohort.Create(institutionId, version.Id, language, command.Name, command.StartDate, command.EndDate,
                command.Capacity, person.UserId, NewCalendarToken(), now);
            cohort.Instructors.AddRange(command.LeadInstructorIds.Distinct().Select(id => new CohortInstructor { UserId = id, IsLead = true }));

            // The audit entry needs the cohort's id, so both saves share one transaction: both are kept or neither.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync(ct);
            audit.Record(person.UserId, cohort.Id, AuditSubjects.Cohort, AuditAction.Created, null, CohortSnapshot.Of(cohort));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return Outcome<int>.Ok(cohort.Id);
        }

        static string NewCalendarToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
    }
}
