using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Assessments;

// What an instructor's test decisions share: only the cohort's own instructors may make them, always about a
// recruit of the URL's cohort, each recorded in the audit log in the same save.
internal sealed class TestControls(CurrentPerson person, AppDbContext db, CohortAccess access, AuditLog audit, TimeProvider clock)
{
    static readonly IStringLocalizer T = Localizers.For<AssessmentsStrings>();

    public static string NoSuchRecruit => T["There is no such recruit in this cohort."];
    public static string ConflictMessage =>
        T["Someone else changed this recruit's tests while you were deciding. The page now shows where things stand; decide again."];

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<Refusal?> RefusalAsync(int cohortId, CancellationToken ct) => access.ChangeRefusalAsync(cohortId, ct);

    // The enrolment, tracked, when the person asking teaches the cohort and the form was filled from its current version.
    public async Task<(Enrollment? Enrollment, Refusal? Refusal)> EnrollmentAsync(
        int cohortId, int enrollmentId, int version, CancellationToken ct)
    {
        if (await RefusalAsync(cohortId, ct) is { } refusal)
            return (null, refusal);
        var enrollment = await db.Enrollments.Active().SingleOrDefaultAsync(e => e.Id == enrollmentId && e.CohortId == cohortId, ct);
        return enrollment is null ? (null, Refusal.NotFound(NoSuchRecruit))
            : enrollment.Version != version ? (null, Refusal.Conflict(ConflictMessage))
            : (enrollment, null);
    }

    // Closed cohorts have final results: the decisions that only matter for taking a test are refused there.
    public Task<bool> IsClosedAsync(int cohortId, CancellationToken ct) =>
        db.Cohorts.AnyAsync(c => c.Id == cohortId && c.State == CohortState.Completed, ct);

    public Task<bool> HasSubmittedAsync(int enrollmentId, TestKind kind, CancellationToken ct) =>
        db.TestAttempts.AnyAsync(a => a.EnrollmentId == enrollmentId && a.Kind == kind && a.SubmittedAt != null, ct);

    public void Record(int cohortId, TestKind kind, AuditAction action, object? before, object? after) =>
        audit.Record(person.UserId, cohortId, AuditSubjects.Test(kind == TestKind.Pre), action, before, after);

    // False when another save reached the record first: nothing was written.
    public Task<bool> TrySaveAsync(CancellationToken ct) => db.TrySaveAsync(ct);
}

// What the audit log keeps of each decision: ids (shown with today's names) and the values decided, never a score
// of anyone but the recruit concerned.
internal static class TestAudit
{
    internal sealed record PreTestWindow(string RecruitUserId, DateTime? ExtendedUntil);
    internal sealed record PreTestWaiver(string RecruitUserId, string Reason);
    internal sealed record PostTestAttempts(string RecruitUserId, int ExtraAttempts);
    internal sealed record PostTestOpening(DateTime? OpenedAt);
    // Reason: why a paper test was entered after the cohort was closed; null before.
    internal sealed record PaperTest(string RecruitUserId, int Attempt, int Answered, decimal ScorePercent, string? Reason = null);
}
