using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Assessments;

// The cohort's instructors' view of its tests: every recruit's pre- and post-test at a glance, and when the
// post-test opens.
internal sealed class ShowCohortTests(AppDbContext db, TestControls controls)
{
    internal sealed record RecruitRow(int EnrollmentId, string Name, string? ServiceNumber, string Pre, string Post);

    internal sealed record Model(
        int CohortId, string CohortName, TimeZoneInfo Zone, DateTime? PostTestOpensAt, bool OpenedEarly, string? OpenEarlyRefusal,
        IReadOnlyList<RecruitRow> Recruits);

    public async Task<(Model? Model, Refusal? Refusal)> HandleAsync(int cohortId, CancellationToken ct)
    {
        if (await controls.RefusalAsync(cohortId, ct) is { } refusal)
            return (null, refusal);
        var cohort = await (from c in db.Cohorts
                            join i in db.Institutions on c.InstitutionId equals i.Id
                            join v in db.CourseVersions on c.CourseVersionId equals v.Id
                            where c.Id == cohortId
                            select new { c.Name, c.State, c.PostTestOpenedAt, i.TimeZoneId, v.PostTestAttempts })
            .AsNoTracking().SingleAsync(ct);
        // The windows follow the regular schedule; a make-up repeats a module for a few.
        var sessions = await db.CohortSessions.AsNoTracking().Where(s => s.CohortId == cohortId && !s.IsMakeUp)
            .Select(s => new { s.StartsAt, s.EndsAt }).ToListAsync(ct);
        var recruits = await (from e in db.Enrollments.Active()
                              join u in db.Users on e.RecruitUserId equals u.Id
                              where e.CohortId == cohortId
                              orderby u.DisplayName
                              select new
                              {
                                  e.Id, e.EnrolledAt, e.PreTestExtendedUntil, Waived = e.PreTestWaivedAt != null, e.ExtraPostTestAttempts,
                                  u.DisplayName, u.ServiceNumber,
                              })
            .AsNoTracking().ToListAsync(ct);
        var attempts = (await db.TestAttempts.AsNoTracking()
                .Where(a => db.Enrollments.Any(e => e.Id == a.EnrollmentId && e.CohortId == cohortId))
                .Select(a => new { a.EnrollmentId, a.Kind, a.Number, a.Source, a.SubmittedAt, a.ScorePercent })
                .ToListAsync(ct))
            .ToLookup(a => (a.EnrollmentId, a.Kind), a => new TestStatus.AttemptFacts(a.Number, a.Source, a.SubmittedAt != null, a.ScorePercent));

        var first = sessions.Count == 0 ? (DateTime?)null : sessions.Min(s => s.StartsAt);
        var last = sessions.MaxBy(s => s.EndsAt);
        var now = controls.Now;
        var rows = recruits.Select(r =>
        {
            var facts = new WindowFacts(r.EnrolledAt, r.PreTestExtendedUntil, r.Waived, first, last?.EndsAt, cohort.PostTestOpenedAt,
                cohort.State == CohortState.Cancelled, cohort.State == CohortState.Completed);
            return new RecruitRow(r.Id, r.DisplayName, r.ServiceNumber,
                TestStatus.Describe(TestWindows.For(TestKind.Pre, facts, now), [.. attempts[(r.Id, TestKind.Pre)]], TestWindows.PreTestAttempts),
                TestStatus.Describe(TestWindows.For(TestKind.Post, facts, now), [.. attempts[(r.Id, TestKind.Post)]],
                    cohort.PostTestAttempts + r.ExtraPostTestAttempts));
        }).ToList();
        var postWindow = TestWindows.For(TestKind.Post,
            new WindowFacts(now, null, false, first, last?.EndsAt, cohort.PostTestOpenedAt, cohort.State == CohortState.Cancelled,
                cohort.State == CohortState.Completed), now);
        return (new Model(cohortId, cohort.Name, TimeZoneInfo.FindSystemTimeZoneById(cohort.TimeZoneId), postWindow.OpensAt,
            cohort.PostTestOpenedAt is not null, OpenPostTest.Refusal(last?.StartsAt, last?.EndsAt, cohort.PostTestOpenedAt, now), rows), null);
    }
}
