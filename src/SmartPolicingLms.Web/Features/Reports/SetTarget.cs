using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Reports;

// Sets how many officers an institution plans to train on a course in a year: a new target, or a change to the one
// the form was read from (its version), so two program officers changing it at once never overwrite each other.
internal static class SetTarget
{
    static readonly IStringLocalizer T = Localizers.For<ReportsStrings>();

    internal sealed class Command
    {
        public int InstitutionId { get; set; }
        public string CourseId { get; set; } = "";
        public int Year { get; set; }
        public int? Officers { get; set; }
        // 0 when the form set a new target.
        public int Version { get; set; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<ReportsStrings> t)
        {
            RuleFor(c => c.InstitutionId).GreaterThan(0).WithMessage(_ => t["Choose the institution."]);
            RuleFor(c => c.CourseId).NotEmpty().WithMessage(_ => t["Choose the course."]);
            RuleFor(c => c.Year).InclusiveBetween(2000, 2100).WithMessage(_ => t["The year must be between 2000 and 2100."]);
            RuleFor(c => c.Officers).NotNull().WithMessage(_ => t["Enter the number of officers to train."])
                .InclusiveBetween(1, 100_000).WithMessage(_ => t["The number of officers to train must be between 1 and 100,000."]);
        }
    }

    public static string ConflictMessage =>
        T["Someone else set this target while you were editing. The form now shows their figure; set yours again if it should change."];

    sealed record TargetSnapshot(int InstitutionId, string CourseId, int Year, int Officers);

    internal sealed class Handler(AppDbContext db, ReportableCohorts reportable, CurrentPerson person, IValidator<Command> validator,
        AuditLog audit, TimeProvider clock)
    {
        public async Task<Outcome<int>> HandleAsync(Command command, CancellationToken ct)
        {
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid)
                return Outcome<int>.Invalid(validation.Errors);
            var institution = await reportable.Institutions().Where(i => i.Id == command.InstitutionId).Select(i => i.Name).SingleOrDefaultAsync(ct);
            if (institution is null)
                return Outcome<int>.NotFound(ReportableCohorts.NotFoundMessage);
            var course = await db.Courses.Where(c => c.Id == command.CourseId).Select(c => c.Title).SingleOrDefaultAsync(ct);
            if (course is null)
                return Outcome<int>.Invalid(nameof(Command.CourseId), T["There is no such course."]);

            var target = await db.TrainingTargets.SingleOrDefaultAsync(t => t.InstitutionId == command.InstitutionId
                && t.CourseId == command.CourseId && t.Year == command.Year, ct);
            if ((target?.Version ?? 0) != command.Version)
                return Outcome<int>.Conflict(ConflictMessage);
            var now = clock.GetUtcNow().UtcDateTime;
            var before = target is null ? null : new TargetSnapshot(target.InstitutionId, target.CourseId, target.Year, target.Officers);
            if (target is null)
                db.TrainingTargets.Add(target = TrainingTarget.Create(command.InstitutionId, command.CourseId, command.Year, command.Officers!.Value, person.UserId, now));
            else
                target.Change(command.Officers!.Value, person.UserId, now);
            audit.Record(person.UserId, null, AuditSubjects.TrainingTarget(institution, course, command.Year), before is null ? AuditAction.Set : AuditAction.Changed,
                before, new TargetSnapshot(target.InstitutionId, target.CourseId, target.Year, target.Officers));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            // A changed version, or a second new target for the same institution, course and year (the unique index).
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return Outcome<int>.Conflict(ConflictMessage);
            }
            return Outcome<int>.Ok(target.Version);
        }
    }
}
