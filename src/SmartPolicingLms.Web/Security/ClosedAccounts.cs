using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Security;

// An account its owner closed ("Delete personal data") whose row had to stay because records point at it: a recruit's
// anonymous results, a staff member's roll calls and decisions. It can never sign in again and is offered for nothing
// new. Marked with a claim rather than a column, so that closing an account needed no change to the database.
internal static class ClosedAccounts
{
    public const string ClaimType = "smartpolicinglms:closed";

    // What pages show for a recruit whose personal data was deleted, where they showed the name.
    public const string DeletedLabel = "Deleted account";

    public static IdentityUserClaim<string> Marker(string userId, DateTime at) =>
        new() { UserId = userId, ClaimType = ClaimType, ClaimValue = at.ToString("O") };

    public static IQueryable<ApplicationUser> Open(this IQueryable<ApplicationUser> users, AppDbContext db) =>
        users.Where(u => !db.UserClaims.Any(c => c.UserId == u.Id && c.ClaimType == ClaimType));

    public static Task<bool> IsClosedAsync(this AppDbContext db, string userId, CancellationToken ct) =>
        db.UserClaims.AnyAsync(c => c.UserId == userId && c.ClaimType == ClaimType, ct);
}
