using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Enrolment;

// What an instructor's tools act on: an active enrolment of the cohort they teach, and its recruit's account.
// Anything else (another cohort's enrolment, an account that is not a recruit's) is answered as not found, so the
// tools can never reach an instructor's or an administrator's account.
internal sealed class RecruitInCohort(AppDbContext db, CohortAccess access)
{
    static readonly IStringLocalizer T = Localizers.For<EnrolmentStrings>();

    public static string NotFoundMessage => T["There is no such recruit in this cohort."];

    public async Task<(Enrollment? Enrollment, ApplicationUser? User, Refusal? Refusal)> FindAsync(
        int cohortId, int enrollmentId, CancellationToken ct)
    {
        var right = await access.RightAsync(cohortId, ct);
        if (right != CohortRight.Change)
            return (null, null, CohortAccess.RefusalFor(right));
        var enrollment = await db.Enrollments.SingleOrDefaultAsync(e => e.Id == enrollmentId && e.CohortId == cohortId, ct);
        if (enrollment is null)
            return (null, null, Refusal.NotFound(NotFoundMessage));
        if (!enrollment.IsActive)
            return (null, null, Refusal.Invalid(T["This recruit was withdrawn from the cohort."]));
        var isRecruit = await db.UserRoles.AnyAsync(r => r.UserId == enrollment.RecruitUserId
            && db.Roles.Any(role => role.Id == r.RoleId && role.Name == Roles.Recruit), ct);
        var user = isRecruit ? await db.Users.SingleAsync(u => u.Id == enrollment.RecruitUserId, ct) : null;
        return user is null ? (null, null, Refusal.NotFound(NotFoundMessage)) : (enrollment, user, null);
    }
}
