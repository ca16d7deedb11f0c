using Microsoft.AspNetCore.Identity;
using SmartPolicingLms.Web.Features.Calendar;

namespace SmartPolicingLms.Web.Features.Accounts;

// For a person who forgot their password or whose account may be misused: the old password stops working, open
// sessions end, an instructor's personal calendar link is replaced (it may have leaked with the account), and a new
// one-time code is shown to the administrator once (it is not stored readable).
internal sealed class ResetSignIn(
    UserManager<ApplicationUser> users,
    AppDbContext db,
    TemporaryPassword temporaryPassword,
    InstructorCalendarLink calendarLink,
    ILogger<ResetSignIn> logger)
{
    public async Task<string?> HandleAsync(string userId, string resetBy, CancellationToken ct)
    {
        // A closed account gets no new code: its owner asked for it never to be used again.
        if (await users.FindByIdAsync(userId) is not { } user || await db.IsClosedAsync(userId, ct))
            return null;
        var (code, result) = await temporaryPassword.IssueAsync(user);
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        await calendarLink.ReplaceIfOnAsync(userId, ct);
        logger.LogInformation("Sign-in of account {UserId} reset by {Administrator}", userId, resetBy);
        return code;
    }
}
