using Microsoft.AspNetCore.Identity;

namespace SmartPolicingLms.Web.Features.Accounts;

internal sealed class UnlockAccount(UserManager<ApplicationUser> users, AppDbContext db, ILogger<UnlockAccount> logger)
{
    // A closed account stays locked: its owner asked for it never to be used again.
    public async Task<bool> HandleAsync(string userId, string unlockedBy)
    {
        if (await users.FindByIdAsync(userId) is not { } user || await db.IsClosedAsync(userId, CancellationToken.None))
            return false;
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        logger.LogInformation("Account {UserId} unlocked by {Administrator}", userId, unlockedBy);
        return true;
    }
}
