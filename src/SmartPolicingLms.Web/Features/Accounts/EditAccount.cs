using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Accounts;

// An administrator corrects an account's name, role or institution. The form carries the row's concurrency stamp, so
// two administrators at once never overwrite each other; a new role or institution ends the person's sessions (their
// role is read from the sign-in cookie), and the last active administrator cannot be demoted.
internal static class EditAccount
{
    internal sealed class Command
    {
        public string DisplayName { get; set; } = "";
        public string Role { get; set; } = Roles.Instructor;
        // For instructors and recruits.
        public int? InstitutionId { get; set; }
        // For program officers.
        public int[] InstitutionIds { get; set; } = [];
        // The account's version when the form was shown.
        public string Stamp { get; set; } = "";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<AccountsStrings> t)
        {
            RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(100).SingleLineText().WithName(_ => t["Name to show"]);
            RuleFor(c => c.Role).Must(Roles.All.Contains).WithMessage(_ => t["Choose a role."]);
            RuleFor(c => c.InstitutionId).NotNull().When(c => Roles.BelongsToOneInstitution(c.Role))
                .WithMessage(_ => t["Instructors and recruits belong to an institution: choose one."]);
            RuleFor(c => c.InstitutionIds).NotEmpty().When(c => c.Role == Roles.ProgramOfficer)
                .WithMessage(_ => t["Choose at least one institution the program officer follows."]);
        }
    }

    // What the audit entry keeps before and after: ids and codes, never worded.
    internal sealed record Snapshot(string AccountId, string DisplayName, string Role, int? InstitutionId, int[] FollowedInstitutionIds);

    internal sealed class Handler(AppDbContext db, AuditLog audit, CurrentPerson person, IValidator<Command> validator,
        IStringLocalizer<AccountsStrings> t)
    {
        public async Task<Outcome<string>> HandleAsync(string userId, Command command, CancellationToken ct)
        {
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid)
                return Outcome<string>.Invalid(validation.Errors);
            var institutionIds = InstitutionsFor(command);
            if (await db.Institutions.CountAsync(i => institutionIds.Contains(i.Id), ct) != institutionIds.Length)
                return Outcome<string>.Invalid(nameof(Command.InstitutionId), t["Choose an existing institution."]);

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (await db.Users.Open(db).SingleOrDefaultAsync(u => u.Id == userId, ct) is not { } user)
                return Outcome<string>.NotFound(t["There is no such account."]);
            var roles = await db.UserRoles.Where(ur => ur.UserId == userId).ToListAsync(ct);
            var roleNames = await db.Roles.ToDictionaryAsync(r => r.Id, r => r.Name!, ct);
            var followed = await db.ProgramOfficerInstitutions.Where(p => p.UserId == userId).ToListAsync(ct);
            var before = new Snapshot(userId, user.DisplayName, string.Join(",", roles.Select(r => roleNames[r.RoleId]).Order()),
                user.InstitutionId, [.. followed.Select(f => f.InstitutionId).Order()]);
            if (before.Role.Split(',').Contains(Roles.Administrator) && command.Role != Roles.Administrator
                && !await db.OtherActiveAdministratorsAsync(userId, ct))
                return Outcome<string>.Forbidden(AccountStateChanges.LastAdministrator(t));

            var after = new Snapshot(userId, command.DisplayName.Trim(), command.Role,
                Roles.BelongsToOneInstitution(command.Role) ? command.InstitutionId : null,
                command.Role == Roles.ProgramOfficer ? [.. institutionIds.Order()] : []);
            var accessChanged = after.Role != before.Role || after.InstitutionId != before.InstitutionId
                || !after.FollowedInstitutionIds.SequenceEqual(before.FollowedInstitutionIds);

            // Compared with the version the form was shown with even when nothing changes, so a stale form is told so.
            db.Entry(user).Property(u => u.ConcurrencyStamp).OriginalValue = command.Stamp;
            user.ConcurrencyStamp = Guid.NewGuid().ToString();
            user.DisplayName = after.DisplayName;
            user.InstitutionId = after.InstitutionId;
            if (accessChanged)
            {
                db.UserRoles.RemoveRange(roles);
                db.UserRoles.Add(new() { UserId = userId, RoleId = roleNames.Single(r => r.Value == command.Role).Key });
                db.ProgramOfficerInstitutions.RemoveRange(followed);
                db.ProgramOfficerInstitutions.AddRange(after.FollowedInstitutionIds.Select(id => new ProgramOfficerInstitution { UserId = userId, InstitutionId = id }));
                // The role is in the person's sign-in cookie: they sign in again and get the new one.
                user.SecurityStamp = Guid.NewGuid().ToString("N");
            }
            if (accessChanged || after.DisplayName != before.DisplayName)
                audit.Record(person.UserId, null, AuditSubjects.Account, AuditAction.AccountEdited, before, after);
            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                return Outcome<string>.Conflict(AccountStateChanges.ChangedMeanwhile(t));
            }
            return Outcome<string>.Ok(userId);
        }

        static int[] InstitutionsFor(Command command) => command.Role switch
        {
            Roles.ProgramOfficer => [.. command.InstitutionIds.Distinct()],
            _ when Roles.BelongsToOneInstitution(command.Role) => [command.InstitutionId!.Value],
            _ => [],
        };
    }
}
