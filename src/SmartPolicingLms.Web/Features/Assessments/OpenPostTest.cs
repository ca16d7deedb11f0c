using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Assessments;

// The post-test opens by itself when the last session ends; an instructor may open it during that session, so
// recruits can take it in the room before they leave.
internal static class OpenPostTest
{
    static readonly IStringLocalizer T = Localizers.For<AssessmentsStrings>();

    public static string NotYet => T["The post-test can be opened early only once the last session has begun."];
    public static string AlreadyOpen => T["The post-test is open already."];

    // Null when the instructor may open it now; otherwise why not.
    public static string? Refusal(DateTime? lastStart, DateTime? lastEnd, DateTime? openedAt, DateTime now) =>
        openedAt is not null || (lastEnd is { } end && end <= now) ? AlreadyOpen
        : lastStart is not { } start || now < start ? NotYet
        : null;

    internal sealed class Handler(AppDbContext db, TestControls controls)
    {
        public async Task<Outcome<DateTime>> HandleAsync(int cohortId, CancellationToken ct)
        {
            if (await controls.RefusalAsync(cohortId, ct) is { } refusal)
                return Outcome<DateTime>.Refused(refusal);
            var cohort = await db.Cohorts.SingleAsync(c => c.Id == cohortId, ct);
            // A make-up session comes after the module it repeats; the course ends with the last regular session.
            var last = await db.CohortSessions.AsNoTracking().Where(s => s.CohortId == cohortId && !s.IsMakeUp)
                .OrderByDescending(s => s.EndsAt).Select(s => new { s.StartsAt, s.EndsAt }).FirstOrDefaultAsync(ct);
            var now = controls.Now;
            if (cohort.State == CohortState.Cancelled)
                return Outcome<DateTime>.Invalid("", T["This cohort was cancelled."]);
            if (Refusal(last?.StartsAt, last?.EndsAt, cohort.PostTestOpenedAt, now) is { } notNow)
                return Outcome<DateTime>.Invalid("", notNow);

            cohort.OpenPostTest(now);
            controls.Record(cohortId, TestKind.Post, AuditAction.OpenedDuringLastSession, new TestAudit.PostTestOpening(null),
                new TestAudit.PostTestOpening(now));
            return await controls.TrySaveAsync(ct) ? Outcome<DateTime>.Ok(now) : Outcome<DateTime>.Conflict(CohortAccess.ConflictMessage);
        }
    }
}
