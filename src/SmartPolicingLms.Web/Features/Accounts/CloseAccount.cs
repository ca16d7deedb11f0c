using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Accounts;

// "Delete personal data", asked by the account's owner. An account no record points at is deleted outright. Otherwise
// its row stays, because the institution's records point at it (enrolments, roll calls, decisions, audit entries), but
// it can never sign in again: no password, email, logins, passkeys, codes or tokens, a random user name, locked for
// good, and a new security stamp, so every open session ends. A recruit's row keeps no personal data at all
// ("Deleted account"); their anonymous results stay in their finished cohorts' statistics and their certificates stop
// standing and stop naming them. A staff member's name stays, because a roll call they took or a certificate they
// issued is part of the institution's record.
// Keeping such a row rather than deleting it means no foreign key had to become nullable (no migration), and every page
// that joins records to accounts keeps working and shows the neutral label.
internal sealed class CloseAccount(AppDbContext db, AuditLog audit, ILookupNormalizer normalizer, TimeProvider clock,
    IStringLocalizer<AccountsStrings> t, ILogger<CloseAccount> logger)
{
    internal enum Way
    {
        Delete,
        // A recruit with results: the row stays without any personal data.
        Anonymise,
        // Staff with history: the row stays with the name only.
        Deactivate,
    }

    string LastAdministrator => t["You are the only administrator, so you cannot close your account: nobody could then create accounts or reset a sign-in. Ask for another administrator account first, or make one yourself."];

    string ChangedMeanwhile => t["Something was recorded for your account at the same moment, so nothing was deleted. Try again."];

    public async Task<Outcome<Way>> PlanAsync(string userId, CancellationToken ct)
    {
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId select r.Name)
            .ToListAsync(ct);
        if (roles.Contains(Roles.Administrator) && !await db.OtherActiveAdministratorsAsync(userId, ct))
            return Outcome<Way>.Forbidden(LastAdministrator);
        if (!await AccountHistory.AnyAsync(db, userId, ct))
            return Outcome<Way>.Ok(Way.Delete);
        return Outcome<Way>.Ok(roles.Any(r => r != Roles.Recruit) ? Way.Deactivate : Way.Anonymise);
    }

    public async Task<Outcome<Way>> HandleAsync(string userId, CancellationToken ct)
    {
        // One transaction: the account, its certificates, enrolments and answers change together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var plan = await PlanAsync(userId, ct);
        if (!plan.Succeeded)
            return plan;
        var user = await db.Users.SingleAsync(u => u.Id == userId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            if (plan.Value == Way.Delete)
                // Its Identity rows, sign-in code, calendar link and followed institutions go with it (cascade).
                db.Users.Remove(user);
            else
            {
                await ForgetSignInAsync(user, now, ct);
                if (plan.Value == Way.Anonymise)
                    await AnonymiseAsync(user, now, ct);
                audit.Record(userId, null, AuditSubjects.Account, plan.Value == Way.Anonymise
                    ? AuditAction.AccountClosedDataDeleted : AuditAction.AccountClosedDeactivated, null, null);
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return Outcome<Way>.Conflict(ChangedMeanwhile);
        }
        logger.LogInformation("Account {UserId} closed by its owner: {Way}", userId, plan.Value);
        return plan;
    }

    async Task ForgetSignInAsync(ApplicationUser user, DateTime now, CancellationToken ct)
    {
        var name = $"closed-{Guid.NewGuid():N}";
        (user.UserName, user.NormalizedUserName) = (name, normalizer.NormalizeName(name));
        (user.Email, user.NormalizedEmail, user.EmailConfirmed) = (null, null, false);
        (user.PhoneNumber, user.PhoneNumberConfirmed, user.PasswordHash) = (null, false, null);
        (user.TwoFactorEnabled, user.MustSetPassword, user.AccessFailedCount) = (false, false, 0);
        (user.LockoutEnabled, user.LockoutEnd) = (true, DateTimeOffset.MaxValue);
        user.SecurityStamp = Convert.ToHexString(RandomNumberGenerator.GetBytes(20));
        db.UserLogins.RemoveRange(await db.UserLogins.Where(l => l.UserId == user.Id).ToListAsync(ct));
        db.UserTokens.RemoveRange(await db.UserTokens.Where(t => t.UserId == user.Id).ToListAsync(ct));
        db.UserPasskeys.RemoveRange(await db.UserPasskeys.Where(p => p.UserId == user.Id).ToListAsync(ct));
        db.UserClaims.RemoveRange(await db.UserClaims.Where(c => c.UserId == user.Id).ToListAsync(ct));
        db.UserClaims.Add(ClosedAccounts.Marker(user.Id, now));
        db.SignInCodes.RemoveRange(await db.SignInCodes.Where(c => c.UserId == user.Id).ToListAsync(ct));
        db.InstructorCalendars.RemoveRange(await db.InstructorCalendars.Where(c => c.UserId == user.Id).ToListAsync(ct));
        db.ProgramOfficerInstitutions.RemoveRange(await db.ProgramOfficerInstitutions.Where(p => p.UserId == user.Id).ToListAsync(ct));
    }

    async Task AnonymiseAsync(ApplicationUser user, DateTime now, CancellationToken ct)
    {
        (user.DisplayName, user.ServiceNumber) = (ClosedAccounts.DeletedLabel, null);
        var enrollments = db.Enrollments.Where(e => e.RecruitUserId == user.Id);
        foreach (var certificate in await db.Certificates.Where(c => enrollments.Any(e => e.Id == c.EnrollmentId)).ToListAsync(ct))
            certificate.WithdrawByPerson(user.Id, now);
        // A cohort still running loses them (their seat is freed, roll calls no longer list them); a finished cohort keeps
        // their place, so its results still count their scores.
        var unfinished = await enrollments.Active()
            .Where(e => db.Cohorts.Any(c => c.Id == e.CohortId && c.State != CohortState.Completed && c.State != CohortState.Cancelled))
            .ToListAsync(ct);
        foreach (var enrollment in unfinished)
            enrollment.Withdraw(user.Id, now);
        // Written answers may carry anything, a name included; the scores they earned stay.
        await db.TestAnswers.Where(a => a.Text != null && db.TestAttempts.Any(t => t.Id == a.TestAttemptId && enrollments.Any(e => e.Id == t.EnrollmentId)))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Text, (string?)null), ct);
    }
}
