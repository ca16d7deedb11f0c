using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Accounts;

// An administrator deactivates an account (someone who left, or whose account may be misused) or reactivates it. A
// deactivated account keeps its row and its history (attendance, results, audit entries) and cannot sign in by any path
// (DeactivatedAccounts); its new security stamp ends the sessions already open. The form carries the row's
// concurrency stamp, and the last active administrator cannot be deactivated.
internal sealed class AccountStateChanges(AppDbContext db, AuditLog audit, CurrentPerson person, TimeProvider clock,
    IStringLocalizer<AccountsStrings> t, ILogger<AccountStateChanges> logger)
{
    internal sealed class Command
    {
        public string Stamp { get; set; } = "";
    }

    public static string LastAdministrator(IStringLocalizer<AccountsStrings> t) =>
        t["This is the only active administrator account: without it nobody could create accounts or reset a sign-in. Give another account the administrator role first."];

    public static string ChangedMeanwhile(IStringLocalizer<AccountsStrings> t) =>
        t["Someone else changed this account while you were working on it. The page now shows their version; make your change again."];

    public Task<Outcome<string>> DeactivateAsync(string userId, Command command, CancellationToken ct) =>
        ChangeAsync(userId, command, deactivate: true, ct);

    public Task<Outcome<string>> ReactivateAsync(string userId, Command command, CancellationToken ct) =>
        ChangeAsync(userId, command, deactivate: false, ct);

    async Task<Outcome<string>> ChangeAsync(string userId, Command command, bool deactivate, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.Users.Open(db).SingleOrDefaultAsync(u => u.Id == userId, ct) is not { } user)
            return Outcome<string>.NotFound(t["There is no such account."]);
        var markers = await db.UserClaims.Where(c => c.UserId == userId && c.ClaimType == DeactivatedAccounts.ClaimType).ToListAsync(ct);
        if (deactivate == markers.Count > 0)
            return Outcome<string>.Conflict(ChangedMeanwhile(t));
        if (deactivate && await IsAdministratorAsync(userId, ct) && !await db.OtherActiveAdministratorsAsync(userId, ct))
            return Outcome<string>.Forbidden(LastAdministrator(t));

        db.Entry(user).Property(u => u.ConcurrencyStamp).OriginalValue = command.Stamp;
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        if (deactivate)
        {
            db.UserClaims.Add(DeactivatedAccounts.Marker(userId, clock.GetUtcNow().UtcDateTime));
            user.SecurityStamp = Guid.NewGuid().ToString("N");
        }
        else
            db.UserClaims.RemoveRange(markers);
        audit.Record(person.UserId, null, AuditSubjects.Account,
            deactivate ? AuditAction.AccountDeactivated : AuditAction.AccountReactivated, null, new { AccountId = userId });
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return Outcome<string>.Conflict(ChangedMeanwhile(t));
        }
        logger.LogInformation("Account {UserId} {Change} by {Administrator}", userId, deactivate ? "deactivated" : "reactivated", person.UserId);
        return Outcome<string>.Ok(userId);
    }

    Task<bool> IsAdministratorAsync(string userId, CancellationToken ct) =>
        db.UserRoles.AnyAsync(ur => ur.UserId == userId && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Administrator), ct);
}
