using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Enrolment;

internal sealed class ListRecruits(AppDbContext db, CohortAccess access, TimeProvider clock)
{
    internal sealed record Model(int CohortId, string CohortName, CohortState State, int Capacity, string? JoinCode, bool CanChange,
        IReadOnlyList<Row> Recruits)
    {
        public int Active => Recruits.Count(r => r.Withdrawn is null);
    }

    internal sealed record Row(int EnrollmentId, string UserId, string Name, string? ServiceNumber, string? Email, string SignInName,
        DateTime EnrolledAt, DateTime? Withdrawn, bool HasChosenPassword, bool LockedOut, DateTime? CodeExpiresAt);

    // Null when the person asking may not see the cohort: answered as if it did not exist.
    public async Task<Model?> HandleAsync(int cohortId, int? onlyEnrollmentId, CancellationToken ct)
    {
        var right = await access.RightAsync(cohortId, ct);
        if (right == CohortRight.None)
            return null;
        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId)
            .Select(c => new { c.Name, c.State, c.Capacity, c.JoinCode }).SingleAsync(ct);
        var rows = await (from e in db.Enrollments.AsNoTracking()
                          where e.CohortId == cohortId && (onlyEnrollmentId == null || e.Id == onlyEnrollmentId)
                          join u in db.Users on e.RecruitUserId equals u.Id
                          orderby u.DisplayName
                          select new
                          {
                              e.Id, UserId = u.Id, u.DisplayName, u.ServiceNumber, u.Email, u.UserName, e.EnrolledAt, e.WithdrawnAt,
                              u.MustSetPassword, u.LockoutEnd,
                              CodeExpiresAt = db.SignInCodes.Where(c => c.UserId == u.Id).Select(c => (DateTime?)c.ExpiresAt).FirstOrDefault(),
                          }).ToListAsync(ct);
        // Compared here rather than in SQL: SQLite cannot compare DateTimeOffset.
        var now = clock.GetUtcNow();
        return new Model(cohortId, cohort.Name, cohort.State, cohort.Capacity, cohort.JoinCode, right == CohortRight.Change,
            [.. rows.Select(r => new Row(r.Id, r.UserId, r.DisplayName, r.ServiceNumber, r.Email, r.UserName ?? "", r.EnrolledAt,
                r.WithdrawnAt, !r.MustSetPassword, r.LockoutEnd > now, r.CodeExpiresAt))]);
    }
}
