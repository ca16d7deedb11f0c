using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Security;

// Signs a person in with their one-time code, wherever they typed it: the first-time code page (/code) or the
// password box of the sign-in page. The code is used up and the person must choose a password before anything else
// (MustSetPassword). A wrong code never counts against the account; the callers throttle it per client address.
internal sealed class OneTimeCodeSignIn(AppDbContext db, SignInManager<ApplicationUser> signIn, TimeProvider clock, ILogger<OneTimeCodeSignIn> logger)
{
    static readonly IStringLocalizer T = Localizers.For<SecurityStrings>();

    internal enum Result { Wrong, Expired, SignedIn }

    // Only someone who has the code reads this, so it may say that the code was right.
    public static string ExpiredMessage => T["This code has expired. Ask whoever gave it to you (your instructor or administrator) for a new one."];

    // The candidates are the accounts the identifier typed may name; the code tells them apart.
    public async Task<Result> SignInAsync(IReadOnlyCollection<ApplicationUser> candidates, string typed, CancellationToken ct)
    {
        var ids = candidates.Select(u => u.Id).ToList();
        var codes = await db.SignInCodes.Where(c => ids.Contains(c.UserId)).ToListAsync(ct);
        var match = codes.FirstOrDefault(c => SignInCodes.Matches(c, typed));
        if (match is null)
            return Result.Wrong;
        if (match.ExpiresAt <= clock.GetUtcNow().UtcDateTime)
            return Result.Expired;

        var user = candidates.Single(u => u.Id == match.UserId);
        // A deactivated account's code is answered as a wrong one, and kept for when it is reactivated.
        if (!await signIn.CanSignInAsync(user))
            return Result.Wrong;
        db.SignInCodes.Remove(match);
        user.MustSetPassword = true;
        user.AccessFailedCount = 0;
        await db.SaveChangesAsync(ct);
        await signIn.SignInAsync(user, isPersistent: false);
        logger.LogInformation("Account {UserId} signed in with a one-time code", user.Id);
        return Result.SignedIn;
    }
}
