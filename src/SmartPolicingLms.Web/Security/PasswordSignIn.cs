using Microsoft.AspNetCore.Identity;

namespace SmartPolicingLms.Web.Security;

// Password sign-in that cannot be used to lock people out or to find out who has an account. Wrong passwords are
// throttled per name and client address (SignInThrottle), not counted against the account; and every attempt that
// gets as far as a password costs one hash, so an unknown name or an account without a password answers as slowly,
// and in the same words, as a wrong password on a real one.
internal sealed class PasswordSignIn(
    SignInManager<ApplicationUser> signIn, IPasswordHasher<ApplicationUser> hasher, SignInThrottle throttle,
    ILookupNormalizer normalizer, ILoggerFactory loggers)
{
    public const string Form = "password";
    // A hash of a random password, made once by the app's own hasher so checking against it costs what a real one does.
    static readonly ApplicationUser Nobody = new();
    static string? nobodysHash;

    internal sealed record Attempt(SignInResult Result, TimeSpan? Wait);

    public async Task<Attempt> SignInAsync(HttpContext http, string name, string password, bool remember)
    {
        var address = ClientAddress.Of(http);
        var key = new SignInThrottle.Key(Form, normalizer.NormalizeName(name.Trim()), address);
        if (throttle.WaitFor(key) is { } wait)
        {
            loggers.Logger().SignInThrottled(name, address, wait);
            return new Attempt(SignInResult.Failed, wait);
        }

        var result = await CheckAsync(name, password, remember);
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            throttle.Succeeded(key);
        }
        else
        {
            throttle.Failed(key);
            loggers.Logger().FailedSignIn(name, address);
        }
        return new Attempt(result, null);
    }

    async Task<SignInResult> CheckAsync(string name, string password, bool remember)
    {
        var users = signIn.UserManager;
        var user = await users.FindByNameAsync(name);
        if (user is null || user.PasswordHash is null || !await signIn.CanSignInAsync(user))
        {
            HashAsIfChecked(password);
            return SignInResult.Failed;
        }
        // A lock (left by wrong two-factor codes) is shown only to someone who knows the password.
        if (await users.IsLockedOutAsync(user) && !await users.CheckPasswordAsync(user, password))
            return SignInResult.Failed;
        return await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: false);
    }

    void HashAsIfChecked(string password)
    {
        nobodysHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(Nobody, nobodysHash, password);
    }
}
