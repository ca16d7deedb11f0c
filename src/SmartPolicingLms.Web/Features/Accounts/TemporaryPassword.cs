using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace SmartPolicingLms.Web.Features.Accounts;

// A sign-in code handed to a person once (on screen or, for the first administrator, on the console).
// It works as a password until the person chooses their own, which they must do before anything else.
internal sealed class TemporaryPassword(UserManager<ApplicationUser> users)
{
    // No 0/O, 1/l/I: the code is read aloud or copied from a screen.
    const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string NewCode()
    {
        while (true)
        {
            // 20 symbols of 55 is about 115 bits: no lockout or slow hash is needed to keep it from being guessed.
            var symbols = RandomNumberGenerator.GetItems<char>(Alphabet, 20);
            if (symbols.Any(char.IsLower) && symbols.Any(char.IsUpper) && symbols.Any(char.IsDigit))
                return string.Join('-', symbols.Chunk(5).Select(group => new string(group)));
        }
    }

    public async Task<(string? Code, IdentityResult Result)> IssueAsync(ApplicationUser user)
    {
        var code = NewCode();
        var result = user.PasswordHash is null
            ? await users.AddPasswordAsync(user, code)
            : await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), code);
        if (!result.Succeeded)
            return (null, result);

        user.MustSetPassword = true;
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        // Ends every session signed in with the old password (at its next request: CurrentPersonMiddleware).
        await users.UpdateSecurityStampAsync(user);
        return (code, IdentityResult.Success);
    }
}
