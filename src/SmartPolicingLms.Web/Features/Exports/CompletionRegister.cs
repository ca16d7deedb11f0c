using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.CohortResults;
using SmartPolicingLms.Web.Features.Completion;

namespace SmartPolicingLms.Web.Features.Exports;

// The completion register of some cohorts, read one cohort at a time so memory stays that of the largest cohort
// however many the scope covers. Active enrolments only: a withdrawn recruit was not trained by the cohort, and one
// who transferred appears once, in the cohort they moved to. Scores are the attempts the results page counts
// (ResultMath); completion is the closed cohort's stored record, or for an open cohort the live decision the cohort
// board shows. No instructor, co-trainer or partner organisation is named.
internal sealed class CompletionRegister(AppDbContext db, RecruitCompletion completion)
{
    public Task<int> CountAsync(IReadOnlyList<int> cohortIds, CancellationToken ct) => cohortIds.Count == 0 ? Task.FromResult(0)
        : CountInChunksAsync(cohortIds, ct);

    async Task<int> CountInChunksAsync(IReadOnlyList<int> cohortIds, CancellationToken ct)
    {
        var count = 0;
        foreach (var chunk in cohortIds.Chunk(500))
            count += await db.Enrollments.Active().CountAsync(e => chunk.Contains(e.CohortId), ct);
        return count;
    }

    public async IAsyncEnumerable<RegisterRow> RowsAsync(IReadOnlyList<int> cohortIds, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var cohortId in cohortIds)
        {
            foreach (var row in await CohortAsync(cohortId, ct))
                yield return row;
            // Nothing of one cohort is kept for the next.
            db.ChangeTracker.Clear();
        }
    }

    async Task<IReadOnlyList<RegisterRow>> CohortAsync(int cohortId, CancellationToken ct)
    {
        var cohort = await (from c in db.Cohorts
                            join i in db.Institutions on c.InstitutionId equals i.Id
                            join v in db.CourseVersions on c.CourseVersionId equals v.Id
                            where c.Id == cohortId
                            select new { Institution = i.Name, c.Name, v.Title, v.VersionLabel, v.Number, c.StartDate, c.EndDate, c.State })
            .AsNoTracking().SingleAsync(ct);
        var recruits = await (from e in db.Enrollments.Active()
                              join u in db.Users on e.RecruitUserId equals u.Id
                              where e.CohortId == cohortId
                              orderby u.DisplayName, e.Id
                              select new { e.Id, u.DisplayName, u.ServiceNumber }).AsNoTracking().ToListAsync(ct);
        if (recruits.Count == 0)
            return [];
        var attempts = (await db.TestAttempts.AsNoTracking()
                .Where(a => a.SubmittedAt != null && db.Enrollments.Active().Any(e => e.Id == a.EnrollmentId && e.CohortId == cohortId))
                .Select(a => new { a.Id, a.EnrollmentId, a.Kind, a.Number, a.Source, a.ScorePercent }).ToListAsync(ct))
            .Select(a => new SubmittedAttempt(a.Id, a.EnrollmentId, a.Kind, a.Number, a.Source, a.ScorePercent ?? 0m))
            .ToLookup(a => a.EnrollmentId);
        var certificates = (await db.Certificates.AsNoTracking()
                .Where(c => db.Enrollments.Any(e => e.Id == c.EnrollmentId && e.CohortId == cohortId))
                .Select(c => new { c.Id, c.EnrollmentId, c.Serial, c.RevokedAt, c.ReplacedById }).ToListAsync(ct))
            // The one that stands, or else the latest: a re-issue leaves its predecessor replaced and the new one valid.
            .GroupBy(c => c.EnrollmentId)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.RevokedAt is null ? 0 : 1).ThenByDescending(c => c.Id).First());

        var closed = cohort.State.IsClosed();
        var decided = closed ? await RecordsAsync(cohortId, ct) : await LiveAsync(cohortId, ct);
        return [.. recruits.Select(r =>
        {
            var (done, attended, required, missing) = decided.GetValueOrDefault(r.Id, (false, 0m, 0m, []));
            var certificate = certificates.GetValueOrDefault(r.Id);
            return new RegisterRow(cohort.Institution, cohort.Name, cohort.Title, $"{cohort.Number} ({cohort.VersionLabel})",
                cohort.StartDate, cohort.EndDate, closed ? RegisterRow.Closed : RegisterRow.Open, r.DisplayName, r.ServiceNumber,
                attended, required, ResultMath.Pre(attempts[r.Id])?.Score, ResultMath.CountedPost(attempts[r.Id])?.Score,
                !closed ? RegisterRow.NotDecided : done ? RegisterRow.Yes : RegisterRow.No, string.Join("; ", missing),
                certificate?.Serial, certificate is null ? null
                    : certificate.RevokedAt is null ? "valid" : certificate.ReplacedById is not null ? "replaced" : "revoked");
        })];
    }

    async Task<Dictionary<int, (bool, decimal, decimal, IReadOnlyList<string>)>> RecordsAsync(int cohortId, CancellationToken ct) =>
        (await db.CompletionRecords.AsNoTracking()
            .Where(r => db.Enrollments.Any(e => e.Id == r.EnrollmentId && e.CohortId == cohortId))
            .Select(r => new { r.EnrollmentId, r.Completed, r.AttendedHours, r.RequiredHours, r.Missing }).ToListAsync(ct))
        .ToDictionary(r => r.EnrollmentId, r => (r.Completed, r.AttendedHours, r.RequiredHours,
            MissingWords.Lines(MissingItem.Read(r.Missing))));

    async Task<Dictionary<int, (bool, decimal, decimal, IReadOnlyList<string>)>> LiveAsync(int cohortId, CancellationToken ct) =>
        (await completion.CohortAsync(cohortId, ct)).ToDictionary(d => d.Key, d => (d.Value.Result.Completed,
            d.Value.Result.AttendedHours, d.Value.Result.RequiredHours, d.Value.Result.Missing));
}
