using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using SmartPolicingLms.Web.Features.Accounts;

namespace SmartPolicingLms.Web.Features.FirstSignIn;

internal static class SetOwnPassword
{
    internal sealed class Command
    {
        public string NewPassword { get; set; } = "";
        public string ConfirmPassword { get; set; } = "";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<FirstSignInStrings> t)
        {
            RuleFor(c => c.NewPassword).NotEmpty().WithName(_ => t["New password"]);
            RuleFor(c => c.ConfirmPassword).Equal(c => c.NewPassword).WithMessage(_ => t["The two passwords differ."]);
        }
    }

    internal sealed class Handler(
        CurrentPerson person,
        UserManager<ApplicationUser> users,
        SignInManager<ApplicationUser> signIn,
        FirstAdministrator firstAdministrator,
        IValidator<Command> validator,
        IStringLocalizer<FirstSignInStrings> t)
    {
        public async Task<Outcome<bool>> HandleAsync(Command command, CancellationToken ct)
        {
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid)
                return Outcome<bool>.Invalid(validation.Errors);
            if (await users.FindByIdAsync(person.UserId) is not { } user)
                return Outcome<bool>.Invalid("", t["Your account no longer exists."]);
            if (SignInCodes.LooksLikeOne(command.NewPassword))
                return Outcome<bool>.Invalid(nameof(Command.NewPassword), t["Choose a password of your own, not the one-time code."]);

            // A reset token rather than remove-then-add: the password changes in one update, validated by the rules.
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var result = await users.ResetPasswordAsync(user, token, command.NewPassword);
            if (!result.Succeeded)
                return Outcome<bool>.Invalid(IdentityErrors.ToFailures(result, nameof(Command.NewPassword)));

            user.MustSetPassword = false;
            await users.UpdateAsync(user);
            firstAdministrator.ForgetCode(user);
            // A new cookie without the must-set-password claim and with the new security stamp.
            await signIn.RefreshSignInAsync(user);
            return Outcome<bool>.Ok(true);
        }
    }
}
