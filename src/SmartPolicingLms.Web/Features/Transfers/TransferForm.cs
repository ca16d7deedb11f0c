using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Transfers;

// What the transfer page offers: the institution's other published or running cohorts of the same course version,
// each with its places and, where the recruit cannot move there, why not.
internal sealed class TransferForm(AppDbContext db, CohortAccess access)
{
    internal sealed record Model(CohortRight Right, string CohortName, string RecruitName, bool Active, IReadOnlyList<Target> Targets);

    internal sealed record Target(int CohortId, string Name, DateOnly StartDate, DateOnly EndDate, int Capacity, int Active, string? Refusal);

    // Null when the cohort is not visible to the person asking or has no such enrolment.
    public async Task<Model?> HandleAsync(int cohortId, int enrollmentId, CancellationToken ct)
    {
        var right = await access.RightAsync(cohortId, ct);
        if (right == CohortRight.None)
            return null;
        var recruit = await (from e in db.Enrollments.AsNoTracking()
                             where e.Id == enrollmentId && e.CohortId == cohortId
                             join u in db.Users on e.RecruitUserId equals u.Id
                             select new { e.RecruitUserId, u.DisplayName, Enrollment = e }).SingleOrDefaultAsync(ct);
        if (recruit is null)
            return null;
        var source = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == cohortId, ct);
        var candidates = await db.Cohorts.AsNoTracking()
            .Where(c => c.InstitutionId == source.InstitutionId && c.CourseVersionId == source.CourseVersionId && c.Id != cohortId
                && (c.State == CohortState.Published || c.State == CohortState.InProgress))
            .Select(c => new
            {
                Cohort = c,
                Active = db.Enrollments.Active().Count(e => e.CohortId == c.Id),
                There = db.Enrollments.Any(e => e.CohortId == c.Id && e.RecruitUserId == recruit.RecruitUserId),
            })
            .ToListAsync(ct);
        return new Model(right, source.Name, recruit.DisplayName, recruit.Enrollment.IsActive,
            [.. candidates.OrderBy(c => c.Cohort.StartDate).Select(c => new Target(c.Cohort.Id, c.Cohort.Name, c.Cohort.StartDate,
                c.Cohort.EndDate, c.Cohort.Capacity, c.Active, TransferRecruit.Refusal(source, c.Cohort, c.Active, c.There)))]);
    }
}
