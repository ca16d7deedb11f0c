using Microsoft.AspNetCore.Identity;

namespace SmartPolicingLms.Web.Features.Accounts;

internal sealed class UnlockAccount(UserManager<ApplicationUser> users, ILogger<UnlockAccount> logger)
{
    public async Task<bool> HandleAsync(string userId, string unlockedBy)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
            return false;
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        logger.LogInformation("Account {UserId} unlocked by {Administrator}", userId, unlockedBy);
        return true;
    }
}
