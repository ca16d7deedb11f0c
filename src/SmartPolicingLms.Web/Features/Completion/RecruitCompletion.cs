using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Data;

namespace SmartPolicingLms.Web.Features.Completion;

// Gathers a recruit's completion facts from the database and hands them to CompletionRule, the one place
// completion is decided. A recruit who transferred carries their earlier enrolments (same course version) along:
// sessions attended, self-study read and tests taken there all count.
internal sealed class RecruitCompletion(AppDbContext db)
{
    public async Task<CompletionResult> DecideAsync(int enrollmentId, CancellationToken ct) =>
        CompletionRule.Decide(await FactsAsync(enrollmentId, ct));

    public async Task<CompletionFacts> FactsAsync(int enrollmentId, CancellationToken ct)
    {
        var lineage = await LineageAsync(enrollmentId, ct);
        var enrollment = await db.Enrollments.AsNoTracking().SingleAsync(e => e.Id == enrollmentId, ct);
        var cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == enrollment.CohortId, ct);
        var version = await db.CourseVersions.AsNoTracking().SingleAsync(v => v.Id == cohort.CourseVersionId, ct);
        var modules = await db.CourseModules.AsNoTracking().Where(m => m.CourseVersionId == version.Id)
            .OrderBy(m => m.Number).Select(m => new { m.Id, m.Number, m.Title, m.Hours, m.Delivery }).ToListAsync(ct);

        var cohortIds = await db.Enrollments.Where(e => lineage.Contains(e.Id)).Select(e => e.CohortId).Distinct().ToListAsync(ct);
        var sessions = await db.CohortSessions.AsNoTracking().Where(s => cohortIds.Contains(s.CohortId))
            .Select(s => new { s.Id, s.CohortId, s.CourseModuleId, s.StartsAt, s.EndsAt, s.IsMakeUp }).ToListAsync(ct);
        // A module's regular minutes in each cohort: a session is worth its share of its own cohort's schedule.
        var regular = sessions.Where(s => !s.IsMakeUp).GroupBy(s => (s.CohortId, s.CourseModuleId))
            .ToDictionary(g => g.Key, g => (decimal)g.Sum(s => (s.EndsAt - s.StartsAt).TotalMinutes));
        decimal Regular(int cohortId, int moduleId) => regular.GetValueOrDefault((cohortId, moduleId));

        var marks = await db.AttendanceRecords.AsNoTracking().Where(r => lineage.Contains(r.EnrollmentId))
            .Select(r => new { r.SessionId, r.Mark }).ToListAsync(ct);
        var sessionById = sessions.ToDictionary(s => s.Id);
        var moduleById = modules.ToDictionary(m => m.Id);
        var attendance = marks.Where(m => sessionById.ContainsKey(m.SessionId)).Select(m =>
        {
            var session = sessionById[m.SessionId];
            var minutes = (decimal)(session.EndsAt - session.StartsAt).TotalMinutes;
            // A make-up session, or a session of an earlier cohort, is scaled to this cohort's schedule of the module.
            var own = Regular(cohort.Id, session.CourseModuleId);
            var theirs = session.IsMakeUp ? own : Regular(session.CohortId, session.CourseModuleId);
            var scaled = theirs > 0 && own > 0 ? minutes * own / theirs : minutes;
            return new SessionAttendance(moduleById[session.CourseModuleId].Number, scaled, m.Mark);
        }).ToList();

        var read = await db.ModuleCompletions.AsNoTracking().Where(c => lineage.Contains(c.EnrollmentId))
            .Select(c => c.CourseModuleId).Distinct().ToListAsync(ct);
        var attempts = await db.TestAttempts.AsNoTracking().Where(a => lineage.Contains(a.EnrollmentId) && a.SubmittedAt != null)
            .Select(a => new { a.Kind, a.ScorePercent }).ToListAsync(ct);
        var waived = await db.Enrollments.AsNoTracking().AnyAsync(e => lineage.Contains(e.Id) && e.PreTestWaivedAt != null, ct);

        return new CompletionFacts(
            new CourseRules(version.AttendanceRequiredPercent, version.LateCreditPercent, version.PassMarkPercent),
            [.. modules.Where(m => m.Delivery != Delivery.SelfStudy)
                .Select(m => new ContactModule(m.Number, m.Title, m.Hours, (int)Regular(cohort.Id, m.Id)))],
            attendance,
            [.. modules.Where(m => m.Delivery == Delivery.SelfStudy).Select(m => new SelfStudyModule(m.Number, m.Title, read.Contains(m.Id)))],
            attempts.Any(a => a.Kind == TestKind.Pre),
            waived,
            attempts.Where(a => a.Kind == TestKind.Post).Max(a => a.ScorePercent));
    }

    // The enrolment and those it was transferred from, newest first. Transfers are few; one query per step is fine.
    public async Task<IReadOnlyList<int>> LineageAsync(int enrollmentId, CancellationToken ct)
    {
        var chain = new List<int> { enrollmentId };
        int? earlier = enrollmentId;
        while ((earlier = await db.Enrollments.Where(e => e.Id == earlier).Select(e => e.TransferredFromEnrollmentId).SingleOrDefaultAsync(ct)) is { } id
               && !chain.Contains(id))
            chain.Add(id);
        return chain;
    }
}
