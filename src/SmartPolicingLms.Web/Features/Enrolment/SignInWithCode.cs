using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Enrolment;

// A recruit's first sign-in (or the one after an instructor issued a new code): service number, email or sign-in
// name, and the code from the sheet. The code is used up; the recruit is signed in and must choose a password
// before anything else (MustSetPassword). Wrong codes count as failed sign-ins, so repeated ones lock the account.
internal static class SignInWithCode
{
    internal sealed class Command
    {
        public string Identifier { get; set; } = "";
        public string Code { get; set; } = "";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Identifier).NotEmpty().WithMessage("Enter your service number or email.").MaximumLength(256);
            RuleFor(c => c.Code).NotEmpty().WithMessage("Enter the code from your sheet.").MaximumLength(100);
        }
    }

    // One message for an unknown person and a wrong code, so the form cannot be used to find out who has an account.
    public const string WrongMessage = "That service number or email and code do not match. Check both and try again.";
    public const string ExpiredMessage = "This code has expired. Ask your instructor for a new one.";
    public const string LockedMessage =
        "Too many wrong codes: this account is locked for a while. Try again later, or ask your instructor for a new code.";

    internal sealed class Handler(
        AppDbContext db, UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, IValidator<Command> validator,
        ILookupNormalizer normalizer, TimeProvider clock, ILogger<Handler> logger)
    {
        public async Task<Outcome<bool>> HandleAsync(Command command, CancellationToken ct)
        {
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid)
                return Outcome<bool>.Invalid(validation.Errors);

            var candidates = await CandidatesAsync(command.Identifier.Trim(), ct);
            var open = new List<ApplicationUser>();
            foreach (var candidate in candidates)
            {
                if (!await users.IsLockedOutAsync(candidate))
                    open.Add(candidate);
            }
            if (candidates.Count > 0 && open.Count == 0)
                return Outcome<bool>.Invalid("", LockedMessage);

            var ids = open.Select(u => u.Id).ToList();
            var codes = await db.SignInCodes.Where(c => ids.Contains(c.UserId)).ToListAsync(ct);
            var match = codes.FirstOrDefault(c => SignInCodes.Matches(c, command.Code));
            if (match is null)
                return await FailAsync(open, codes);
            if (match.ExpiresAt <= clock.GetUtcNow().UtcDateTime)
                return Outcome<bool>.Invalid("", ExpiredMessage);

            var user = open.Single(u => u.Id == match.UserId);
            db.SignInCodes.Remove(match);
            user.MustSetPassword = true;
            user.AccessFailedCount = 0;
            await db.SaveChangesAsync(ct);
            await signIn.SignInAsync(user, isPersistent: false);
            logger.LogInformation("Recruit {UserId} signed in with a first-time code", user.Id);
            return Outcome<bool>.Ok(true);
        }

        // Only accounts that hold a code can be signed in here; a service number is unique per institution only, so
        // it may name several, and the code tells them apart.
        async Task<List<ApplicationUser>> CandidatesAsync(string identifier, CancellationToken ct)
        {
            if (identifier.Contains('@'))
            {
                var email = normalizer.NormalizeEmail(identifier);
                return await db.Users.Where(u => u.NormalizedEmail == email && db.SignInCodes.Any(c => c.UserId == u.Id)).ToListAsync(ct);
            }
            var serviceNumber = RecruitNames.ServiceNumber(identifier);
            var name = normalizer.NormalizeName(identifier);
            return await db.Users.Where(u => (u.ServiceNumber == serviceNumber || u.NormalizedUserName == name)
                && db.SignInCodes.Any(c => c.UserId == u.Id)).ToListAsync(ct);
        }

        async Task<Outcome<bool>> FailAsync(List<ApplicationUser> open, List<SignInCode> codes)
        {
            var locked = false;
            foreach (var user in open.Where(u => codes.Any(c => c.UserId == u.Id)))
            {
                await users.AccessFailedAsync(user);
                locked |= await users.IsLockedOutAsync(user);
            }
            return Outcome<bool>.Invalid("", locked ? LockedMessage : WrongMessage);
        }
    }
}
