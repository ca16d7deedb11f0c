
namespace SmartPolicingLms.Web.Features.Enrolment;

// Frees the recruit's seat and closes the cohort's tests and modules to them; their account, their home page and
// the results they have stay.
internal static class WithdrawRecruit
{
    static readonly IStringLocalizer T = Localizers.For<EnrolmentStrings>();

    internal sealed class Command
    {
        public bool Confirm { get; set; }
    }

    internal sealed class Handler(CurrentPerson person, AppDbContext db, RecruitInCohort recruits, AuditLog audit, TimeProvider clock)
    {
        public async Task<Outcome<bool>> HandleAsync(int cohortId, int enrollmentId, Command command, CancellationToken ct)
        {
            if (!command.Confirm)
                return Outcome<bool>.Invalid(nameof(Command.Confirm), T["Tick the box to confirm the withdrawal."]);
            var (enrollment, user, refusal) = await recruits.FindAsync(cohortId, enrollmentId, ct);
            if (enrollment is null || user is null)
                return Outcome<bool>.Refused(refusal!);
            enrollment.Withdraw(person.UserId, clock.GetUtcNow().UtcDateTime);
            audit.Record(person.UserId, cohortId, AuditSubjects.Recruits, AuditAction.RecruitWithdrawn, null, new { Recruit = user.Id });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
            {
                return Outcome<bool>.Invalid("", T["Someone else changed this enrolment at the same moment. Look at it again before withdrawing."]);
            }
            return Outcome<bool>.Ok(true);
        }
    }
}
