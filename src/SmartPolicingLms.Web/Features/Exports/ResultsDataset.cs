using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Assessments;
using SmartPolicingLms.Web.Features.CohortResults;
using SmartPolicingLms.Web.Features.Completion;

namespace SmartPolicingLms.Web.Features.Exports;

// The anonymised results for evaluators: per recruit who took both tests, a pseudonym drawn at random for this export
// (never derived from an id, so two exports cannot be linked), each item's answer before and after, and attendance
// hours. Cohorts where fewer than MinimumPairs recruits took both tests are left out, since so few answers could be
// traced back to a person; they are counted, not named. The same attempts count as on the results page (ResultMath),
// and attendance is the register's (the stored record of a closed cohort, the live decision of an open one).
internal sealed class ResultsDataset(AppDbContext db, RecruitCompletion completion, QuestionBank bank)
{
    public const int MinimumPairs = 5;

    internal sealed record Plan(IReadOnlyList<int> Included, int LeftOut, int Recruits);

    internal sealed record Row(string Recruit, int Cohort, string CourseId, string CourseVersion, decimal AttendanceHours,
        decimal PreScore, decimal PostScore, int ItemNumber, string ItemId, bool Scored, decimal? PreCorrect, decimal? PostCorrect,
        int? PreResponse, int? PostResponse);

    // Which cohorts go in, decided before anything is written so the audit entry can say it.
    public async Task<Plan> PlanAsync(IReadOnlyList<int> cohortIds, CancellationToken ct)
    {
        var pairs = new Dictionary<int, int>();
        foreach (var chunk in cohortIds.Chunk(500))
            foreach (var g in await db.Enrollments.Active()
                         .Where(e => chunk.Contains(e.CohortId)
                             && db.TestAttempts.Any(a => a.EnrollmentId == e.Id && a.Kind == TestKind.Pre && a.SubmittedAt != null)
                             && db.TestAttempts.Any(a => a.EnrollmentId == e.Id && a.Kind == TestKind.Post && a.SubmittedAt != null))
                         .GroupBy(e => e.CohortId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
                pairs[g.Key] = g.Count;
        var included = cohortIds.Where(id => pairs.GetValueOrDefault(id) >= MinimumPairs).ToList();
        return new Plan(included, cohortIds.Count - included.Count, included.Sum(id => pairs[id]));
    }

    public async IAsyncEnumerable<Row> RowsAsync(Plan plan, [EnumeratorCancellation] CancellationToken ct)
    {
        var used = new HashSet<string>();
        for (var i = 0; i < plan.Included.Count; i++)
        {
            foreach (var row in await CohortAsync(plan.Included[i], i + 1, used, ct))
                yield return row;
            db.ChangeTracker.Clear();
        }
    }

    async Task<IReadOnlyList<Row>> CohortAsync(int cohortId, int number, HashSet<string> used, CancellationToken ct)
    {
        var cohort = await (from c in db.Cohorts
                            join v in db.CourseVersions on c.CourseVersionId equals v.Id
                            where c.Id == cohortId
                            select new { c.State, c.CourseVersionId, v.CourseId, v.VersionLabel }).AsNoTracking().SingleAsync(ct);
        var attempts = (await db.TestAttempts.AsNoTracking()
                .Where(a => a.SubmittedAt != null && db.Enrollments.Active().Any(e => e.Id == a.EnrollmentId && e.CohortId == cohortId))
                .Select(a => new { a.Id, a.EnrollmentId, a.Kind, a.Number, a.Source, a.ScorePercent }).ToListAsync(ct))
            .Select(a => new SubmittedAttempt(a.Id, a.EnrollmentId, a.Kind, a.Number, a.Source, a.ScorePercent ?? 0m))
            .GroupBy(a => a.EnrollmentId)
            .Select(g => (Enrollment: g.Key, Pre: ResultMath.Pre(g), Post: ResultMath.CountedPost(g)))
            .Where(p => p.Pre is not null && p.Post is not null).ToList();
        var hours = cohort.State.IsClosed()
            ? await db.CompletionRecords.AsNoTracking().Where(r => db.Enrollments.Any(e => e.Id == r.EnrollmentId && e.CohortId == cohortId))
                .ToDictionaryAsync(r => r.EnrollmentId, r => r.AttendedHours, ct)
            : (await completion.CohortAsync(cohortId, ct)).ToDictionary(d => d.Key, d => d.Value.Result.AttendedHours);
        var answers = await AnswersAsync([.. attempts.SelectMany(p => new[] { p.Pre!.Id, p.Post!.Id })], ct);
        var questions = await bank.ForAsync(db, cohort.CourseVersionId, ct);

        // Ordered by pseudonym, which is random: the order says nothing about names or enrolment.
        return [.. attempts.Select(p => (Pseudonym: Pseudonym(used), p)).OrderBy(r => r.Pseudonym, StringComparer.Ordinal)
            .SelectMany(r => questions.Select(q =>
            {
                var before = answers.GetValueOrDefault((r.p.Pre!.Id, q.Id));
                var after = answers.GetValueOrDefault((r.p.Post!.Id, q.Id));
                return new Row(r.Pseudonym, number, cohort.CourseId, cohort.VersionLabel, hours.GetValueOrDefault(r.p.Enrollment),
                    r.p.Pre!.Score, r.p.Post!.Score, q.Number, q.Key, q.IsScored,
                    // A question of one parallel form has no answer in the other test: empty, not wrong.
                    q.IsScored && q.AskedIn(TestKind.Pre) ? Correct(before.Score) : null,
                    q.IsScored && q.AskedIn(TestKind.Post) ? Correct(after.Score) : null,
                    q.IsScored ? null : before.Agreement, q.IsScored ? null : after.Agreement);
            }))];
    }

    // As the results page counts it: fully right is 1, anything else (partly right, unanswered) is 0.
    static decimal Correct(decimal? score) => score == 1m ? 1m : 0m;

    static string Pseudonym(HashSet<string> used)
    {
        const string Letters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        string candidate;
        do candidate = "R-" + RandomNumberGenerator.GetString(Letters, 8);
        while (!used.Add(candidate));
        return candidate;
    }

    async Task<Dictionary<(int Attempt, int Question), (decimal? Score, int? Agreement)>> AnswersAsync(IReadOnlyList<int> attemptIds,
        CancellationToken ct)
    {
        var found = new Dictionary<(int, int), (decimal?, int?)>();
        foreach (var chunk in attemptIds.Chunk(500))
            foreach (var a in await db.TestAnswers.AsNoTracking().Where(a => chunk.Contains(a.TestAttemptId))
                         .Select(a => new { a.TestAttemptId, a.CourseQuestionId, a.Score, a.Agreement }).ToListAsync(ct))
                found[(a.TestAttemptId, a.CourseQuestionId)] = (a.Score, a.Agreement);
        return found;
    }
}
