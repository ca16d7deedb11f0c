using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Accounts;

// The one-time code an administrator hands a person (a new account, a reset sign-in) or the first start writes for
// the first administrator: the same kind as a recruit's code (SignInCodes), typed on the first-time code page or in
// the password box. Any password stops working; the person must choose a new one before anything else.
internal sealed class TemporaryPassword(
    UserManager<ApplicationUser> users, AppDbContext db, CurrentPerson person, TimeProvider clock)
{
    public async Task<(string? Code, IdentityResult Result)> IssueAsync(ApplicationUser user)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var code = SignInCodes.NewCode();
        await db.SignInCodes.Where(c => c.UserId == user.Id).ExecuteDeleteAsync();
        // At first start nobody is signed in: the installation issues the first administrator's code to them.
        db.SignInCodes.Add(SignInCodes.Issue(user.Id, code, person.IsSignedIn ? person.UserId : user.Id, now));
        if (user.PasswordHash is not null)
        {
            var removed = await users.RemovePasswordAsync(user);
            if (!removed.Succeeded)
                return (null, removed);
        }

        user.MustSetPassword = true;
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        // Ends every session signed in with the old password (at its next request: CurrentPersonMiddleware).
        var stamped = await users.UpdateSecurityStampAsync(user);
        return stamped.Succeeded ? (code, stamped) : (null, stamped);
    }
}
