using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;

namespace SmartPolicingLms.Web.Forms;

internal static class IdentityErrors
{
    public static IEnumerable<ValidationFailure> ToFailures(IdentityResult result, string property) =>
        result.Errors.Select(e => new ValidationFailure(property, e.Description));
}

// Identity's own refusals (a password too short, an email taken) in the reader's language. The codes stay Identity's,
// so nothing that looks at an error's kind changes; only the description is worded. Registered by IdentitySetup.
internal sealed class LocalizedIdentityErrors(IStringLocalizer<FormsStrings> t) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Worded(base.DefaultError(), t["An unknown failure has occurred."]);
    public override IdentityError ConcurrencyFailure() =>
        Worded(base.ConcurrencyFailure(), t["Someone else changed this account at the same moment. Try again."]);
    public override IdentityError PasswordMismatch() => Worded(base.PasswordMismatch(), t["Incorrect password."]);
    public override IdentityError InvalidToken() => Worded(base.InvalidToken(), t["Invalid token."]);
    public override IdentityError RecoveryCodeRedemptionFailed() =>
        Worded(base.RecoveryCodeRedemptionFailed(), t["Recovery code redemption failed."]);
    public override IdentityError LoginAlreadyAssociated() =>
        Worded(base.LoginAlreadyAssociated(), t["A user with this login already exists."]);
    public override IdentityError InvalidUserName(string? userName) =>
        Worded(base.InvalidUserName(userName), t["Username '{0}' is invalid, can only contain letters or digits.", userName ?? ""]);
    public override IdentityError InvalidEmail(string? email) =>
        Worded(base.InvalidEmail(email), t["Email '{0}' is invalid.", email ?? ""]);
    public override IdentityError DuplicateUserName(string userName) =>
        Worded(base.DuplicateUserName(userName), t["Username '{0}' is already taken.", userName]);
    public override IdentityError DuplicateEmail(string email) =>
        Worded(base.DuplicateEmail(email), t["Email '{0}' is already taken.", email]);
    public override IdentityError InvalidRoleName(string? role) =>
        Worded(base.InvalidRoleName(role), t["Role name '{0}' is invalid.", role ?? ""]);
    public override IdentityError DuplicateRoleName(string role) =>
        Worded(base.DuplicateRoleName(role), t["Role name '{0}' is already taken.", role]);
    public override IdentityError UserAlreadyHasPassword() =>
        Worded(base.UserAlreadyHasPassword(), t["User already has a password set."]);
    public override IdentityError UserLockoutNotEnabled() =>
        Worded(base.UserLockoutNotEnabled(), t["Lockout is not enabled for this user."]);
    public override IdentityError UserAlreadyInRole(string role) =>
        Worded(base.UserAlreadyInRole(role), t["User already in role '{0}'.", role]);
    public override IdentityError UserNotInRole(string role) =>
        Worded(base.UserNotInRole(role), t["User is not in role '{0}'.", role]);
    public override IdentityError PasswordTooShort(int length) =>
        Worded(base.PasswordTooShort(length), t["Passwords must be at least {0} characters.", length]);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Worded(base.PasswordRequiresUniqueChars(uniqueChars), t["Passwords must use at least {0} different characters.", uniqueChars]);
    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Worded(base.PasswordRequiresNonAlphanumeric(), t["Passwords must have at least one non alphanumeric character."]);
    public override IdentityError PasswordRequiresDigit() =>
        Worded(base.PasswordRequiresDigit(), t["Passwords must have at least one digit ('0'-'9')."]);
    public override IdentityError PasswordRequiresLower() =>
        Worded(base.PasswordRequiresLower(), t["Passwords must have at least one lowercase ('a'-'z')."]);
    public override IdentityError PasswordRequiresUpper() =>
        Worded(base.PasswordRequiresUpper(), t["Passwords must have at least one uppercase ('A'-'Z')."]);

    static IdentityError Worded(IdentityError error, string description) => new() { Code = error.Code, Description = description };
}
