using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Accounts;

internal static class CreateAccount
{
    internal sealed class Command
    {
        public string Email { get; set; } = "";
        // The name the person chooses to be known by; never a legal name by requirement.
        public string DisplayName { get; set; } = "";
        public string Role { get; set; } = Roles.Instructor;
        // For instructors and recruits.
        public int? InstitutionId { get; set; }
        // For program officers.
        public int[] InstitutionIds { get; set; } = [];
    }

    internal sealed record Created(string UserId, string Email, string TemporaryCode);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<AccountsStrings> t)
        {
            RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(256).SingleLineText().WithName(_ => t["Email"]);
            RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(100).SingleLineText().WithName(_ => t["Name to show"]);
            RuleFor(c => c.Role).Must(Roles.All.Contains).WithMessage(_ => t["Choose a role."]);
            RuleFor(c => c.InstitutionId).NotNull().When(c => Roles.BelongsToOneInstitution(c.Role))
                .WithMessage(_ => t["Instructors and recruits belong to an institution: choose one."]);
            RuleFor(c => c.InstitutionIds).NotEmpty().When(c => c.Role == Roles.ProgramOfficer)
                .WithMessage(_ => t["Choose at least one institution the program officer follows."]);
        }
    }

    internal sealed class Handler(
        AppDbContext db,
        UserManager<ApplicationUser> users,
        TemporaryPassword temporaryPassword,
        IValidator<Command> validator,
        IStringLocalizer<AccountsStrings> t,
        TimeProvider clock)
    {
        public async Task<Outcome<Created>> HandleAsync(Command command, CancellationToken ct)
        {
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid)
                return Outcome<Created>.Invalid(validation.Errors);
            var email = command.Email.Trim();
            if (await users.FindByEmailAsync(email) is not null)
                return Outcome<Created>.Invalid(nameof(Command.Email), t["An account with this email exists already."]);
            var institutionIds = InstitutionsFor(command);
            if (await db.Institutions.CountAsync(i => institutionIds.Contains(i.Id), ct) != institutionIds.Length)
                return Outcome<Created>.Invalid(nameof(Command.InstitutionId), t["Choose an existing institution."]);

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var user = new ApplicationUser
            {
                UserName = email,
                Email = email,
                // The administrator vouches for the address; there is no mail round trip to confirm it.
                EmailConfirmed = true,
                DisplayName = command.DisplayName.Trim(),
                InstitutionId = Roles.BelongsToOneInstitution(command.Role) ? command.InstitutionId : null,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
                return Outcome<Created>.Invalid(IdentityErrors.ToFailures(created, nameof(Command.Email)));
            var (code, issued) = await temporaryPassword.IssueAsync(user);
            if (!issued.Succeeded)
                return Outcome<Created>.Invalid(IdentityErrors.ToFailures(issued, ""));
            await users.AddToRoleAsync(user, command.Role);
            if (command.Role == Roles.ProgramOfficer)
                db.ProgramOfficerInstitutions.AddRange(institutionIds.Select(id => new ProgramOfficerInstitution { UserId = user.Id, InstitutionId = id }));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return Outcome<Created>.Ok(new Created(user.Id, email, code!));
        }

        static int[] InstitutionsFor(Command command) => command.Role switch
        {
            Roles.ProgramOfficer => [.. command.InstitutionIds.Distinct()],
            _ when Roles.BelongsToOneInstitution(command.Role) => [command.InstitutionId!.Value],
            _ => [],
        };
    }
}
