using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Enrolment;

// A short code the cohort's instructors write on the board; recruits of the institution who already have an account
// enter it to enrol themselves. Opening again gives a new code, so a code that spread too far can be replaced.
internal static class ChangeJoinCode
{
    internal sealed record Command(int CohortId, bool Open);

    // Without 0/O, 1/I; 8 symbols of 32 are 40 bits, far more than signed-in guessing could try.
    const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string NewCode()
    {
        var symbols = RandomNumberGenerator.GetItems<char>(Alphabet, 8);
        return $"{new string(symbols[..4])}-{new string(symbols[4..])}";
    }

    internal sealed class Handler(CurrentPerson person, AppDbContext db, CohortAccess access, AuditLog audit, TimeProvider clock)
    {
        public async Task<Outcome<string?>> HandleAsync(Command command, CancellationToken ct)
        {
            var right = await access.RightAsync(command.CohortId, ct);
            if (right != CohortRight.Change)
                return Outcome<string?>.Refused(CohortAccess.RefusalFor(right)!);
            var cohort = await db.Cohorts.SingleAsync(c => c.Id == command.CohortId, ct);
            if (command.Open && !EnrolmentRules.CanEnrol(cohort.State))
                return Outcome<string?>.Invalid("", EnrolmentRules.ClosedMessage);

            var code = command.Open ? await UnusedCodeAsync(ct) : null;
            cohort.SetJoinCode(code, clock.GetUtcNow().UtcDateTime);
            audit.Record(person.UserId, cohort.Id, AuditSubjects.Recruits, command.Open ? AuditAction.JoinCodeOpened : AuditAction.JoinCodeClosed, null, null);
            return await access.TrySaveAsync(ct) ? Outcome<string?>.Ok(code) : Outcome<string?>.Conflict(CohortAccess.ConflictMessage);
        }

        async Task<string> UnusedCodeAsync(CancellationToken ct)
        {
            while (true)
            {
                var code = NewCode();
                if (!await db.Cohorts.AnyAsync(c => c.JoinCode == code, ct))
                    return code;
            }
        }
    }
}
