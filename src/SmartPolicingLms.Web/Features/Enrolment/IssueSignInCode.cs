using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Enrolment;

// For a recruit who forgot their password, lost their code or locked themselves out; no email is needed. The old
// password and code stop working, open sessions end at their next request, and the new code is shown
// to the instructor once.
internal static class IssueSignInCode
{
    internal sealed record Command(int CohortId, int EnrollmentId);

    internal sealed record Issued(string Name, string SignInName, string Code, DateTime ExpiresAt);

    internal sealed class Handler(CurrentPerson person, AppDbContext db, RecruitInCohort recruits, AuditLog audit, TimeProvider clock)
    {
        public async Task<Outcome<Issued>> HandleAsync(Command command, CancellationToken ct)
        {
            var (_, user, refusal) = await recruits.FindAsync(command.CohortId, command.EnrollmentId, ct);
            if (user is null)
                return Outcome<Issued>.Refused(refusal!);

            var now = clock.GetUtcNow().UtcDateTime;
            var code = SignInCodes.NewCode();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SignInCodes.Where(c => c.UserId == user.Id).ExecuteDeleteAsync(ct);
            db.SignInCodes.Add(SignInCodes.Issue(user.Id, code, person.UserId, now));
            user.PasswordHash = null;
            user.MustSetPassword = true;
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            // What UserManager.UpdateSecurityStampAsync does: every cookie issued before now fails at its next request.
            user.SecurityStamp = Convert.ToHexString(RandomNumberGenerator.GetBytes(20));
            user.ConcurrencyStamp = Guid.NewGuid().ToString();
            audit.Record(person.UserId, command.CohortId, AuditSubjects.Recruits, AuditAction.SignInCodeIssued, null, new { Recruit = user.Id });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return Outcome<Issued>.Ok(new Issued(user.DisplayName, user.UserName ?? "", code, now + SignInCodes.Lifetime));
        }
    }
}
