using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Enrolment;

// A signed-in recruit enrols themselves with the code their instructor shared. Only cohorts of the recruit's own
// institution answer; any other code reads as unknown.
internal static class JoinCohort
{
    static readonly IStringLocalizer T = Localizers.For<EnrolmentStrings>();

    internal sealed class Command
    {
        public string Code { get; set; } = "";
    }

    internal sealed record Joined(int CohortId, string CohortName);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Code).NotEmpty().WithMessage(_ => T["Enter the join code."]).MaximumLength(20);
    }

    public static string UnknownMessage => T["No cohort is open for joining with that code. Check it with your instructor."];
    public static string FullMessage => T["This cohort is full. Ask your instructor."];

    internal sealed class Handler(AppDbContext db, CurrentPerson person, IValidator<Command> validator, AuditLog audit, TimeProvider clock)
    {
        public async Task<Outcome<Joined>> HandleAsync(Command command, CancellationToken ct)
        {
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid)
                return Outcome<Joined>.Invalid(validation.Errors);
            var (userId, institutionId) = (person.UserId, person.InstitutionId);
            var code = Normalize(command.Code);
            var cohort = await db.Cohorts.SingleOrDefaultAsync(c => c.JoinCode == code && c.InstitutionId == institutionId, ct);
            if (cohort is null || !EnrolmentRules.CanEnrol(cohort.State))
                return Outcome<Joined>.Invalid(nameof(Command.Code), UnknownMessage);

            var existing = await db.Enrollments.SingleOrDefaultAsync(e => e.CohortId == cohort.Id && e.RecruitUserId == userId, ct);
            if (existing is { IsActive: true })
                return Outcome<Joined>.Ok(new Joined(cohort.Id, cohort.Name));
            if (existing is not null)
                return Outcome<Joined>.Invalid(nameof(Command.Code), T["You were withdrawn from this cohort. Ask your instructor."]);
            var enrolled = await db.Enrollments.Active().CountAsync(e => e.CohortId == cohort.Id, ct);
            if (enrolled >= cohort.Capacity)
                return Outcome<Joined>.Invalid(nameof(Command.Code), FullMessage);

            var now = clock.GetUtcNow().UtcDateTime;
            db.Enrollments.Add(Enrollment.Create(cohort.Id, userId, now));
            // The cohort's version guards the last seat: two recruits taking it at once cannot both succeed.
            cohort.Touch(now);
            audit.Record(userId, cohort.Id, AuditSubjects.Recruits, AuditAction.JoinedWithCode, null, new { Recruit = userId });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                return Outcome<Joined>.Invalid(nameof(Command.Code), T["Others were joining at the same moment. Send the code again."]);
            }
            return Outcome<Joined>.Ok(new Joined(cohort.Id, cohort.Name));
        }

        // As written on a board: any case, with or without the hyphen or spaces.
        static string Normalize(string code)
        {
            var symbols = new string([.. code.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant)]);
            return symbols.Length == 8 ? $"{symbols[..4]}-{symbols[4..]}" : symbols;
        }
    }
}
