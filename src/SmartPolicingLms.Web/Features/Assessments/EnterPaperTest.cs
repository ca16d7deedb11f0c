using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Completion;

namespace SmartPolicingLms.Web.Features.Assessments;

// A test taken on paper in a room without network, typed in afterwards by an instructor: one attempt, marked as
// paper with who entered it, scored by the same rules as one taken online. Windows do not apply (the paper was
// filled in on the day); attempts do.
internal static class EnterPaperTest
{
    internal sealed class Answer
    {
        public List<int>? Chosen { get; set; }
        public string? Text { get; set; }
        public int? Agreement { get; set; }
        public List<string>? Matched { get; set; }
    }

    internal sealed class Command
    {
        // The attempt the page offered to enter: the same paper posted twice is entered once.
        public int Attempt { get; set; }
        // By question number (1, 2, ...); a number the test does not have is refused.
        public Dictionary<int, Answer>? Answers { get; set; }
        // Required once the cohort is closed: why a final result is changed. Kept in the audit log.
        public string? Reason { get; set; }
    }

    static readonly IStringLocalizer T = Localizers.For<AssessmentsStrings>();

    public static string ClosedNeedsReason =>
        T["This cohort is closed, so its results are final. Say why this paper test is entered now; the reason is kept in the audit log."];

    internal sealed record Model(Sitting Sitting, string RecruitName, IReadOnlyList<QuestionView> Questions, string? Refusal);

    internal sealed class Query(AppDbContext db, TestControls controls, Sittings sittings, QuestionBank bank)
    {
        public async Task<(Model? Model, Refusal? Refusal)> HandleAsync(int cohortId, int enrollmentId, TestKind kind,
            CancellationToken ct)
        {
            if (await controls.RefusalAsync(cohortId, ct) is { } refusal)
                return (null, refusal);
            var sitting = await sittings.OfEnrollmentAsync(cohortId, enrollmentId, kind, ct);
            if (sitting is null)
                return (null, Refusal.NotFound(TestControls.NoSuchRecruit));
            var name = await db.Enrollments.Where(e => e.Id == enrollmentId).Join(db.Users, e => e.RecruitUserId, u => u.Id, (e, u) => u.DisplayName)
                .SingleAsync(ct);
            return (new Model(sitting, name, await bank.ForTestAsync(db, sitting.CourseVersionId, sitting.Edition, kind, ct), PaperRefusal(sitting)), null);
        }
    }

    internal sealed class Handler(CurrentPerson person, AppDbContext db, TestControls controls, Sittings sittings, QuestionBank bank, CompletionRecords records)
    {
        public async Task<Outcome<decimal>> HandleAsync(int cohortId, int enrollmentId, TestKind kind, Command command,
            CancellationToken ct)
        {
            if (await controls.RefusalAsync(cohortId, ct) is { } refusal)
                return Outcome<decimal>.Refused(refusal);
            var sitting = await sittings.OfEnrollmentAsync(cohortId, enrollmentId, kind, ct);
            if (sitting is null)
                return Outcome<decimal>.NotFound(TestControls.NoSuchRecruit);
            if (PaperRefusal(sitting) is { } cannot)
                return Outcome<decimal>.Invalid("", cannot);
            var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
            if (sitting.CohortClosed && reason is null)
                return Outcome<decimal>.Invalid(nameof(Command.Reason), ClosedNeedsReason);
            if (reason is { Length: > 1000 })
                return Outcome<decimal>.Invalid(nameof(Command.Reason), T["Keep the reason to {0} characters.", 1000]);
            if (command.Attempt != sitting.NextNumber)
                return Outcome<decimal>.Invalid("", T["Attempt {0} was entered already. The page now shows where things stand.", command.Attempt]);

            var questions = await bank.ForTestAsync(db, sitting.CourseVersionId, sitting.Edition, kind, ct);
            var given = command.Answers ?? [];
            var errors = given.Keys.Where(n => n < 1 || n > questions.Count)
                .Select(n => new ValidationFailure("", T["The test has no question {0}.", n])).ToList();
            var answers = questions
                .Select(q => (Question: q, Posted: given.TryGetValue(q.Number, out var a) ? new PostedAnswer(a.Chosen ?? [], a.Text, a.Agreement, a.Matched) : PostedAnswer.None))
                .Where(x => !Answers.IsEmpty(x.Question, x.Posted))
                .ToList();
            foreach (var (question, posted) in answers)
                errors.AddRange(new AnswerValidator(question).Validate(posted).Errors
                    .Select(e => new ValidationFailure($"Answers[{question.Number}]", T["Question {0}: {1}", question.Number, e.ErrorMessage])));
            if (errors.Count > 0)
                return Outcome<decimal>.Invalid(errors);

            var recruit = await db.Enrollments.Where(e => e.Id == enrollmentId).Select(e => e.RecruitUserId).SingleAsync(ct);
            var now = controls.Now;
            var scored = answers.Select(x => (x.Question, Scored: Answers.Score(x.Question, x.Posted))).ToList();
            var percent = Answers.Percent(questions, scored.Select(x => (x.Question.Id, x.Scored.Score)));
            // The answers need the attempt's id: two saves, one transaction.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var attempt = TestAttempt.Start(sitting.EnrollmentId, kind, sitting.NextNumber, AttemptSource.Paper, person.UserId, now);
            db.TestAttempts.Add(attempt);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // The same paper posted twice at once: the unique attempt number let the other one through.
                db.ChangeTracker.Clear();
                return Outcome<decimal>.Invalid("", T["Attempt {0} was entered already. The page now shows where things stand.", command.Attempt]);
            }
            foreach (var (question, answer) in scored)
            {
                var row = TestAnswer.Create(attempt.Id, question.Id);
                row.Set(answer.ChosenOptions, answer.Text, answer.Agreement, answer.Score, now);
                db.TestAnswers.Add(row);
            }
            attempt.Submit(percent, now);
            controls.Record(cohortId, kind, AuditAction.PaperTestEntered, null, new TestAudit.PaperTest(recruit, attempt.Number, scored.Count, percent,
                sitting.CohortClosed ? reason : null));
            await db.SaveChangesAsync(ct);
            await records.RefreshAsync(sitting.EnrollmentId, person.UserId, ct);
            await transaction.CommitAsync(ct);
            return Outcome<decimal>.Ok(percent);
        }
    }

    // Null when a paper attempt may be entered for this recruit now.
    public static string? PaperRefusal(Sitting sitting) => sitting.Window.State switch
    {
        WindowState.Waived => T["The pre-test was waived for this recruit."].Value,
        WindowState.Cancelled => T["This cohort was cancelled."].Value,
        WindowState.NotYetOpen when sitting.Kind == TestKind.Post => T["The post-test is not open yet: it opens when the last session ends."].Value,
        _ when sitting.OpenAttempt is not null => T["This recruit has an online attempt in progress; they finish it online, or it stays unsubmitted."].Value,
        _ when sitting.AttemptsLeft == 0 => sitting.Kind == TestKind.Pre
            ? T["This recruit has a pre-test already."].Value
            : T["This recruit has used every post-test attempt; grant a retake first."].Value,
        _ => null,
    };
}
