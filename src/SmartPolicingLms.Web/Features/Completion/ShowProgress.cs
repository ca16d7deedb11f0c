using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Features.Completion;

// A recruit's own progress in one cohort: each contact module's sessions and how they were marked, self-study
// read, the tests, and the completion result in words. Only the signed-in recruit's own enrolment is read: any
// other cohort gives null and the page answers 404, as the module pages do.
internal sealed class ShowProgress(CurrentPerson person, AppDbContext db, RecruitCompletion completion, CompletionExplanation explanation, TimeProvider clock)
{
    internal sealed record SessionRow(DateTime StartsAt, DateTime EndsAt, bool IsMakeUp, string? EarlierCohort, AttendanceMark? Mark, bool Over);

    internal sealed record ModuleRow(int Number, string Title, decimal Hours, IReadOnlyList<SessionRow> Sessions);

    internal sealed record SelfStudyRow(int Number, string Title, bool Read);

    internal sealed record Model(
        int CohortId, string CohortName, TimeZoneInfo Zone, IReadOnlyList<ModuleRow> Contact, IReadOnlyList<SelfStudyRow> SelfStudy,
        CompletionFacts Facts, CompletionView Completion);

    // Withdrawn (or moved by a transfer) from this cohort, with no active place in it.
    internal sealed record Withdrawn(string CohortName, DateTime At, TimeZoneInfo Zone, string? MovedTo);

    public async Task<(Model? Progress, Withdrawn? Withdrawn)> HandleAsync(int cohortId, CancellationToken ct)
    {
        var places = await (from e in db.Enrollments.AsNoTracking()
                            where e.RecruitUserId == person.UserId && e.CohortId == cohortId
                            join c in db.Cohorts on e.CohortId equals c.Id
                            join i in db.Institutions on c.InstitutionId equals i.Id
                            select new { e.Id, Enrollment = e, c.Name, c.CourseVersionId, i.TimeZoneId }).ToListAsync(ct);
        var place = places.FirstOrDefault(p => p.Enrollment.IsActive) ?? places.FirstOrDefault();
        if (place is null)
            return (null, null);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(place.TimeZoneId);
        if (place.Enrollment.WithdrawnAt is { } at)
        {
            var movedTo = await db.Enrollments.Where(e => e.TransferredFromEnrollmentId == place.Id)
                .Join(db.Cohorts, e => e.CohortId, c => c.Id, (e, c) => c.Name).FirstOrDefaultAsync(ct);
            return (null, new Withdrawn(place.Name, at, zone, movedTo));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var lineage = await completion.LineageAsync(place.Id, ct);
        var modules = await db.CourseModules.AsNoTracking().Where(m => m.CourseVersionId == place.CourseVersionId).OrderBy(m => m.Number)
            .Select(m => new { m.Id, m.Number, m.Title, m.Hours, m.Delivery }).ToListAsync(ct);
        var marks = await db.AttendanceRecords.AsNoTracking().Where(r => lineage.Contains(r.EnrollmentId))
            .Select(r => new { r.SessionId, r.Mark }).ToDictionaryAsync(r => r.SessionId, r => r.Mark, ct);
        var seats = await db.MakeUpSeats.AsNoTracking().Where(s => lineage.Contains(s.EnrollmentId)).Select(s => s.SessionId).ToListAsync(ct);
        var marked = marks.Keys.ToList();
        // A transfer stays within one course version, so an earlier cohort's sessions share these module ids.
        // This cohort's regular sessions, make-up sessions the recruit was seated in, and anything they were marked in
        // (an earlier cohort's sessions, for a recruit who transferred).
        var sessions = await (from s in db.CohortSessions.AsNoTracking()
                              join c in db.Cohorts on s.CohortId equals c.Id
                              where (s.CohortId == cohortId && !s.IsMakeUp) || seats.Contains(s.Id) || marked.Contains(s.Id)
                              orderby s.StartsAt
                              select new { s.Id, s.CohortId, CohortName = c.Name, s.CourseModuleId, s.StartsAt, s.EndsAt, s.IsMakeUp })
            .ToListAsync(ct);
        var facts = await completion.FactsAsync(place.Id, ct);
        var read = facts.SelfStudy.ToDictionary(m => m.Number, m => m.Done);

        return (new Model(cohortId, place.Name, zone,
            [.. modules.Where(m => m.Delivery != Delivery.SelfStudy).Select(m => new ModuleRow(m.Number, m.Title, m.Hours,
                [.. sessions.Where(s => s.CourseModuleId == m.Id)
                    .Select(s => new SessionRow(s.StartsAt, s.EndsAt, s.IsMakeUp, s.CohortId == cohortId ? null : s.CohortName,
                        marks.TryGetValue(s.Id, out var mark) ? mark : null, s.EndsAt <= now))]))],
            [.. modules.Where(m => m.Delivery == Delivery.SelfStudy).Select(m => new SelfStudyRow(m.Number, m.Title, read.GetValueOrDefault(m.Number)))],
            facts, await explanation.ForAsync(place.Id, ct)), null);
    }
}
