using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Features.Assessments;

namespace SmartPolicingLms.Web.Features.CohortResults;

// What a cohort's tests show: each recruit's scores, the class before and after, and each question and attitude
// item before and after. For the cohort's instructors, and read-only for program officers who follow its institution.
internal sealed class ShowResults(AppDbContext db, CohortAccess access, QuestionBank bank)
{
    internal sealed record RecruitRow(string Name, string? ServiceNumber, decimal? Pre, bool PreOnPaper, decimal? Post, bool PostOnPaper,
        int PostAttempts);

    internal sealed record QuestionRow(int Number, string Prompt, QuestionKind Kind, QuestionShare? Before, QuestionShare? After);

    internal sealed record AttitudeRow(int Number, string Statement, AttitudeDirection Favourable, int[] Before, int[] After);

    // Objectives replace questions when the course has parallel forms: the pre- and post-test ask different items.
    internal sealed record Model(
        int CohortId, string CohortName, int PassMarkPercent, bool ReadOnly, ClassSummary Summary,
        IReadOnlyList<RecruitRow> Recruits, IReadOnlyList<QuestionRow> Questions, IReadOnlyList<AttitudeRow> Attitudes,
        IReadOnlyList<ObjectiveRow>? Objectives = null);

    public async Task<(Model? Model, Refusal? Refusal)> HandleAsync(int cohortId, CancellationToken ct)
    {
        var (right, refusal) = await access.ResultsAsync(cohortId, ct);
        if (refusal is not null)
            return (null, refusal);
        var cohort = await (from c in db.Cohorts
                            join v in db.CourseVersions on c.CourseVersionId equals v.Id
                            where c.Id == cohortId
                            select new { c.Name, c.InstitutionId, c.CourseVersionId, c.Language, v.PassMarkPercent })
            .AsNoTracking().SingleAsync(ct);

        var recruits = await (from e in db.Enrollments.Active()
                              join u in db.Users on e.RecruitUserId equals u.Id
                              where e.CohortId == cohortId
                              orderby u.DisplayName
                              select new { e.Id, u.DisplayName, u.ServiceNumber })
            .AsNoTracking().ToListAsync(ct);
        var attempts = (await db.TestAttempts.AsNoTracking()
                .Where(a => a.SubmittedAt != null && db.Enrollments.Active().Any(e => e.Id == a.EnrollmentId && e.CohortId == cohortId))
                .Select(a => new { a.Id, a.EnrollmentId, a.Kind, a.Number, a.Source, a.ScorePercent })
                .ToListAsync(ct))
            .Select(a => new SubmittedAttempt(a.Id, a.EnrollmentId, a.Kind, a.Number, a.Source, a.ScorePercent ?? 0m))
            .ToLookup(a => a.EnrollmentId);

        var rows = recruits.Select(r => (Recruit: r, Pre: ResultMath.Pre(attempts[r.Id]), Post: ResultMath.CountedPost(attempts[r.Id]))).ToList();
        var summary = ResultMath.Summarise(recruits.Count, [.. rows.Select(r => (r.Pre?.Score, r.Post?.Score))], cohort.PassMarkPercent);

        // Questions and attitude items compare the same people before and after: those who took both tests.
        var pairs = rows.Where(r => r.Pre is not null && r.Post is not null).Select(r => (Pre: r.Pre!.Id, Post: r.Post!.Id)).ToList();
        var answers = await AnswersAsync([.. pairs.SelectMany(p => new[] { p.Pre, p.Post })], ct);
        // In the words the cohort read; the figures are by question id, the same in every edition.
        var questions = await bank.ForAsync(db, cohort.CourseVersionId, ct, cohort.Language);

        IReadOnlyCollection<decimal?> Scores(QuestionView q, Func<(int Pre, int Post), int> side) =>
            [.. pairs.Select(p => answers.GetValueOrDefault((side(p), q.Id))?.Score)];
        IEnumerable<int?> Agreements(QuestionView q, Func<(int Pre, int Post), int> side) =>
            pairs.Select(p => answers.GetValueOrDefault((side(p), q.Id))?.Agreement);

        var twoForms = questions.Any(q => q.Form != QuestionForm.Both);
        var objectives = twoForms
            ? ObjectiveRows.Compare(await ObjectiveRows.TextsAsync(db, cohort.CourseVersionId, ct), questions,
                (q, side) => Scores(q, side == TestKind.Pre ? p => p.Pre : p => p.Post))
            : null;
        return (new Model(cohortId, cohort.Name, cohort.PassMarkPercent, right != CohortRight.Change, summary,
            [.. rows.Select(r => new RecruitRow(r.Recruit.DisplayName, r.Recruit.ServiceNumber, r.Pre?.Score, r.Pre?.Source == AttemptSource.Paper,
                r.Post?.Score, r.Post?.Source == AttemptSource.Paper, attempts[r.Recruit.Id].Count(a => a.Kind == TestKind.Post)))],
            [.. questions.Where(q => q.IsScored && !twoForms).Select(q => new QuestionRow(q.Number, HtmlText.ToText(q.PromptHtml), q.Kind,
                ResultMath.Share(Scores(q, p => p.Pre)), ResultMath.Share(Scores(q, p => p.Post))))],
            [.. questions.Where(q => !q.IsScored).Select(q => new AttitudeRow(q.Number, HtmlText.ToText(q.PromptHtml), q.Favourable,
                ResultMath.Distribution(q.AskedIn(TestKind.Pre) ? Agreements(q, p => p.Pre) : []),
                ResultMath.Distribution(q.AskedIn(TestKind.Post) ? Agreements(q, p => p.Post) : [])))], objectives), null);
    }

    sealed record AnswerFacts(decimal? Score, int? Agreement);

    async Task<Dictionary<(int Attempt, int Question), AnswerFacts>> AnswersAsync(IReadOnlyList<int> attemptIds, CancellationToken ct)
    {
        var found = new Dictionary<(int, int), AnswerFacts>();
        // In chunks: a large cohort's attempt ids would make one IN list longer than a database likes.
        foreach (var chunk in attemptIds.Chunk(500))
        {
            var rows = await db.TestAnswers.AsNoTracking().Where(a => chunk.Contains(a.TestAttemptId))
                .Select(a => new { a.TestAttemptId, a.CourseQuestionId, a.Score, a.Agreement }).ToListAsync(ct);
            foreach (var row in rows)
                found[(row.TestAttemptId, row.CourseQuestionId)] = new AnswerFacts(row.Score, row.Agreement);
        }
        return found;
    }
}
