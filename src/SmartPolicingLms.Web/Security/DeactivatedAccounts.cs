using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Security;

// An account an administrator deactivated: it keeps its row and everything that points at it (attendance, results,
// roll calls, audit entries) but cannot sign in by any path until it is reactivated. Marked with a claim, as closed
// accounts are (ClosedAccounts), so that deactivating needed no change to the database. Identity asks
// ActiveAccountConfirmation before every sign-in it makes (password, passkey, two-factor); the one-time code asks
// CanSignInAsync itself (OneTimeCodeSignIn); a new security stamp ends the sessions already open.
internal static class DeactivatedAccounts
{
    public const string ClaimType = "smartpolicinglms:deactivated";

    public static IdentityUserClaim<string> Marker(string userId, DateTime at) =>
        new() { UserId = userId, ClaimType = ClaimType, ClaimValue = at.ToString("O") };

    // Accounts that can sign in and act: neither closed by their owner nor deactivated.
    public static IQueryable<ApplicationUser> Active(this IQueryable<ApplicationUser> users, AppDbContext db) =>
        users.Open(db).Where(u => !db.UserClaims.Any(c => c.UserId == u.Id && c.ClaimType == ClaimType));

    public static Task<bool> IsDeactivatedAsync(this AppDbContext db, string userId, CancellationToken ct) =>
        db.UserClaims.AnyAsync(c => c.UserId == userId && c.ClaimType == ClaimType, ct);

    // Whether an administrator other than this account could still sign in: nobody may close, deactivate or demote the
    // last one, or nobody could create accounts or reset a sign-in any more.
    public static Task<bool> OtherActiveAdministratorsAsync(this AppDbContext db, string userId, CancellationToken ct) =>
        db.Users.Active(db).Where(u => u.Id != userId && db.UserRoles.Any(ur => ur.UserId == u.Id
            && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Administrator))).AnyAsync(ct);
}

internal sealed class ActiveAccountConfirmation : DefaultUserConfirmation<ApplicationUser>
{
    public override async Task<bool> IsConfirmedAsync(UserManager<ApplicationUser> manager, ApplicationUser user) =>
        await base.IsConfirmedAsync(manager, user)
        && !(await manager.GetClaimsAsync(user)).Any(c => c.Type == DeactivatedAccounts.ClaimType);
}
