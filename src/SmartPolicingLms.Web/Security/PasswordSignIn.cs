using Microsoft.AspNetCore.Identity;

namespace SmartPolicingLms.Web.Security;

// Password sign-in that cannot be used to lock people out or to find out who has an account. Wrong passwords are
// throttled per name and client address (SignInThrottle), not counted against the account; and every attempt that
// gets as far as a password costs one hash, so an unknown name or an account without a password answers as slowly,
// and in the same words, as a wrong password on a real one. A newcomer types their one-time code here as a password:
// it signs them in as on the first-time code page (OneTimeCodeSignIn), and they then choose a password.
internal sealed class PasswordSignIn(
    SignInManager<ApplicationUser> signIn, OneTimeCodeSignIn codeSignIn, IPasswordHasher<ApplicationUser> hasher, SignInThrottle throttle,
    ILookupNormalizer normalizer, ILoggerFactory loggers)
{
    public const string Form = "password";
    // A hash of a random password, made once by the app's own hasher so checking against it costs what a real one does.
    static readonly ApplicationUser Nobody = new();
    static string? nobodysHash;

    // CodeExpired: the password typed was the person's one-time code, past its lifetime.
    internal sealed record Attempt(SignInResult Result, TimeSpan? Wait, bool CodeExpired = false);

    public async Task<Attempt> SignInAsync(HttpContext http, string name, string password, bool remember)
    {
        var address = ClientAddress.Of(http);
        var key = new SignInThrottle.Key(Form, normalizer.NormalizeName(name.Trim()), address);
        if (throttle.WaitFor(key) is { } wait)
        {
            loggers.Logger().SignInThrottled(name, address, wait);
            return new Attempt(SignInResult.Failed, wait);
        }

        var (result, codeExpired) = await CheckAsync(name, password, remember, http.RequestAborted);
        if (codeExpired)
            return new Attempt(result, null, CodeExpired: true);
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

    async Task<(SignInResult Result, bool CodeExpired)> CheckAsync(string name, string password, bool remember, CancellationToken ct)
    {
        var users = signIn.UserManager;
        var user = await users.FindByNameAsync(name);
        if (user is null || !await signIn.CanSignInAsync(user))
        {
            HashAsIfChecked(password);
            return (SignInResult.Failed, false);
        }
        switch (await codeSignIn.SignInAsync([user], password, ct))
        {
            case OneTimeCodeSignIn.Result.SignedIn:
                return (SignInResult.Success, false);
            case OneTimeCodeSignIn.Result.Expired:
                return (SignInResult.Failed, true);
        }
        if (user.PasswordHash is null)
        {
            HashAsIfChecked(password);
            return (SignInResult.Failed, false);
        }
        // A lock (left by wrong two-factor codes) is shown only to someone who knows the password.
        if (await users.IsLockedOutAsync(user) && !await users.CheckPasswordAsync(user, password))
            return (SignInResult.Failed, false);
        return (await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: false), false);
    }

    void HashAsIfChecked(string password)
    {
        nobodysHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(Nobody, nobodysHash, password);
    }
}
