using Microsoft.AspNetCore.Identity;

namespace SmartPolicingLms.Web.Features.Accounts;

// For a person who forgot their password or whose account may be misused: the old password stops working,
// open sessions end, and a new one-time code is shown to the administrator once (it is not stored readable).
internal sealed class ResetSignIn(
    UserManager<ApplicationUser> users,
    TemporaryPassword temporaryPassword,
    ILogger<ResetSignIn> logger)
{
    public async Task<string?> HandleAsync(string userId, string resetBy)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
            return null;
        var (code, result) = await temporaryPassword.IssueAsync(user);
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        logger.LogInformation("Sign-in of account {UserId} reset by {Administrator}", userId, resetBy);
        return code;
    }
}
