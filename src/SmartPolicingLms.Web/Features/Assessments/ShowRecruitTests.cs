using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Assessments;

// One recruit's tests as their instructor decides about them: windows, attempts, scores, and what may be done.
internal sealed class ShowRecruitTests(AppDbContext db, TestControls controls, Sittings sittings)
{
    internal sealed record Model(
        int CohortId, string CohortName, int EnrollmentId, int Version, string Name, string? ServiceNumber, TimeZoneInfo Zone,
        Sitting Pre, Sitting Post, string? WaiverReason, DateTime? ExtendedUntil, int ExtraPostTestAttempts)
    {
        public bool PreSubmitted => Pre.Attempts.Any(a => a.IsSubmitted);
        public bool CanExtendOrWaive => Pre.Window.State != WindowState.Waived && !PreSubmitted && Pre.Window.State != WindowState.Cancelled;
        public bool CanGrantRetake => Post.AttemptsLeft == 0 && !Post.Passed && Post.Window.State is not (WindowState.Cancelled or WindowState.CohortClosed);
    }

    public async Task<(Model? Model, Refusal? Refusal)> HandleAsync(int cohortId, int enrollmentId, CancellationToken ct)
    {
        if (await controls.RefusalAsync(cohortId, ct) is { } refusal)
            return (null, refusal);
        var recruit = await (from e in db.Enrollments.Active()
                             join u in db.Users on e.RecruitUserId equals u.Id
                             where e.Id == enrollmentId && e.CohortId == cohortId
                             select new { e.Version, u.DisplayName, u.ServiceNumber, e.PreTestWaiverReason, e.PreTestExtendedUntil, e.ExtraPostTestAttempts })
            .AsNoTracking().SingleOrDefaultAsync(ct);
        if (recruit is null)
            return (null, Refusal.NotFound(TestControls.NoSuchRecruit));
        var pre = (await sittings.OfEnrollmentAsync(cohortId, enrollmentId, TestKind.Pre, ct))!;
        var post = (await sittings.OfEnrollmentAsync(cohortId, enrollmentId, TestKind.Post, ct))!;
        return (new Model(cohortId, pre.CohortName, enrollmentId, recruit.Version, recruit.DisplayName, recruit.ServiceNumber, pre.Zone,
            pre, post, recruit.PreTestWaiverReason, recruit.PreTestExtendedUntil, recruit.ExtraPostTestAttempts), null);
    }
}
