using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Enrolment;

// The first-time code page: anyone's first sign-in, or the one after a new code (from an instructor's code sheet or
// an administrator's screen): service number, email or sign-in name, and the code. The code is used up; the person
// is signed in and must choose a password before anything else (OneTimeCodeSignIn). Wrong codes never lock an
// account (anyone could then lock a whole intake): they slow down only the address they come from, for the
// identifier typed, whether or not it has an account.
internal static class SignInWithCode
{
    static readonly IStringLocalizer T = Localizers.For<EnrolmentStrings>();

    internal sealed class Command
    {
        public string Identifier { get; set; } = "";
        public string Code { get; set; } = "";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Identifier).NotEmpty().WithMessage(_ => T["Enter your service number or email."]).MaximumLength(256);
            RuleFor(c => c.Code).NotEmpty().WithMessage(_ => T["Enter your one-time code."]).MaximumLength(100);
        }
    }

    // One message for an unknown person and a wrong code, so the form cannot be used to find out who has an account.
    public static string WrongMessage => T["That service number or email and code do not match. Check both and try again."];
    public static string ExpiredMessage => OneTimeCodeSignIn.ExpiredMessage;
    public const string Form = "code";

    internal sealed class Handler(
        AppDbContext db, OneTimeCodeSignIn codeSignIn, IValidator<Command> validator, ILookupNormalizer normalizer,
        SignInThrottle throttle, ILoggerFactory loggers)
    {
        public async Task<Outcome<bool>> HandleAsync(Command command, string clientAddress, CancellationToken ct)
        {
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid)
                return Outcome<bool>.Invalid(validation.Errors);

            var identifier = command.Identifier.Trim();
            var key = new SignInThrottle.Key(Form, ThrottleName(identifier), clientAddress);
            if (throttle.WaitFor(key) is { } wait)
            {
                loggers.Logger().CodeThrottled(identifier, clientAddress);
                return Outcome<bool>.Invalid("", SignInLimits.WaitMessage(wait));
            }

            var candidates = await CandidatesAsync(identifier, ct);
            switch (await codeSignIn.SignInAsync(candidates, command.Code, ct))
            {
                case OneTimeCodeSignIn.Result.Wrong:
                    throttle.Failed(key);
                    loggers.Logger().WrongCode(identifier, clientAddress);
                    return Outcome<bool>.Invalid("", WrongMessage);
                case OneTimeCodeSignIn.Result.Expired:
                    return Outcome<bool>.Invalid("", ExpiredMessage);
                default:
                    throttle.Succeeded(key);
                    return Outcome<bool>.Ok(true);
            }
        }

        // The identifier as the lookup reads it, so writing it another way does not buy more tries.
        string ThrottleName(string identifier) => identifier.Contains('@')
            ? normalizer.NormalizeEmail(identifier)
            : RecruitNames.ServiceNumber(identifier) ?? normalizer.NormalizeName(identifier);

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
    }
}
