using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Scoring;

namespace SmartPolicingLms.Web.Features.Assessments;

// One question of an open attempt: shown in the recruit's own option order with what they saved before, and saved
// (replacing any earlier answer) one form post at a time.
internal static class AnswerQuestion
{
    static readonly IStringLocalizer T = Localizers.For<AssessmentsStrings>();

    // Attempt is null, with the refusal saying why, when there is nothing open to answer.
    internal sealed record Model(
        Sitting Sitting, int Count, QuestionView Question, int? Attempt, IReadOnlyList<OptionView> Shown, PostedAnswer Saved,
        string? Refusal);

    internal sealed class Query(Sittings sittings, QuestionBank bank, AppDbContext db)
    {
        // Null when the recruit is not enrolled in the cohort or the test has no such question.
        public async Task<Model?> HandleAsync(int cohortId, TestKind kind, int number, CancellationToken ct)
        {
            var sitting = await sittings.MineAsync(cohortId, kind, ct);
            if (sitting is null)
                return null;
            var questions = await bank.ForTestAsync(db, sitting.CourseVersionId, sitting.Edition, kind, ct);
            if (number < 1 || number > questions.Count)
                return null;
            var question = questions[number - 1];
            if (sitting.OpenAttempt is not { } attempt)
                return new Model(sitting, questions.Count, question, null, [], PostedAnswer.None,
                    TestText.Closed(kind, sitting.Window, sitting.Zone) ?? TestText.NoOpenAttempt);
            var saved = await db.TestAnswers.AsNoTracking()
                .Where(a => a.TestAttemptId == attempt.Id && a.CourseQuestionId == question.Id)
                .Select(a => new { a.ChosenOptions, a.Text, a.Agreement })
                .SingleOrDefaultAsync(ct);
            var order = OptionOrder.For(sitting.OrderKey(attempt), question.Key, question.Options.Count, question.Shuffle);
            return new Model(sitting, questions.Count, question, attempt.Number, [.. order.Select(i => question.Options[i])],
                saved is null ? PostedAnswer.None : Answers.Parse(saved.ChosenOptions, saved.Text, saved.Agreement),
                sitting.RefusalToAnswer(attempt.Number));
        }
    }

    internal enum Go
    {
        Next,
        Previous,
        Review,
    }

    internal sealed class Command
    {
        // Which attempt the page was shown for: an answer meant for a finished attempt never lands in a newer one.
        public int Attempt { get; set; }
        public List<int>? Chosen { get; set; }
        public string? Text { get; set; }
        public int? Agreement { get; set; }
        // Matching: "item:choice" for each item's select.
        public List<string>? Matched { get; set; }
        public Go Go { get; set; }

        public PostedAnswer Answer => new(Chosen ?? [], Text, Agreement, Matched);
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Attempt).GreaterThan(0);
            RuleFor(c => c.Chosen).Must(c => c is null || c.Count <= 50).WithMessage(AnswerValidator.NotAnOption);
            RuleFor(c => c.Matched).Must(m => m is null || m.Count <= 50 && m.All(v => v is null || v.Length <= 12))
                .WithMessage(AnswerValidator.NotAnOption);
            RuleFor(c => c.Text).MaximumLength(Answers.MaxTextLength)
                .WithMessage(_ => T["Keep the answer under {0} characters.", Answers.MaxTextLength]);
        }
    }

    // Hands back the number of questions in the test, so the page knows where "next" leads.
    internal sealed class Handler(Sittings sittings, QuestionBank bank, AppDbContext db, IValidator<Command> validator)
    {
        const int Tries = 6;

        public async Task<Outcome<int>> HandleAsync(
            int cohortId, TestKind kind, int number, Command command, CancellationToken ct)
        {
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid)
                return Outcome<int>.Invalid(validation.Errors);
            for (var attempt = 1; attempt <= Tries; attempt++)
            {
                try
                {
                    return await SaveAsync(cohortId, kind, number, command, ct);
                }
                catch (DbUpdateException)
                {
                    // The same answer posted twice at once (both inserting), or a submit or another answer of this
                    // attempt saved in between (the attempt's version moved): read again and redo, a moment apart
                    // so two windows racing each other do not meet again.
                    db.ChangeTracker.Clear();
                    await Task.Delay(Random.Shared.Next(5, 20) * attempt, ct);
                }
            }
            return Outcome<int>.Conflict(TestText.Busy);
        }

        async Task<Outcome<int>> SaveAsync(int cohortId, TestKind kind, int number, Command command, CancellationToken ct)
        {
            var sitting = await sittings.MineAsync(cohortId, kind, ct);
            if (sitting is null)
                return Outcome<int>.Forbidden(TestText.NotEnrolled);
            if (sitting.RefusalToAnswer(command.Attempt) is { } refusal)
                return Outcome<int>.Forbidden(refusal);
            var questions = await bank.ForTestAsync(db, sitting.CourseVersionId, sitting.Edition, kind, ct);
            if (number < 1 || number > questions.Count)
                return Outcome<int>.Forbidden(T["There is no such question in this test."]);
            var question = questions[number - 1];
            var answer = command.Answer;
            var checkedAnswer = new AnswerValidator(question).Validate(answer);
            if (!checkedAnswer.IsValid)
                return Outcome<int>.Invalid(checkedAnswer.Errors);

            var attempt = sitting.OpenAttempt!;
            var stored = await db.TestAnswers.SingleOrDefaultAsync(a => a.TestAttemptId == attempt.Id && a.CourseQuestionId == question.Id, ct);
            if (Answers.IsEmpty(question, answer))
            {
                if (stored is null)
                    return Outcome<int>.Ok(questions.Count);
                db.TestAnswers.Remove(stored);
            }
            else
            {
                var scored = Answers.Score(question, answer);
                if (stored is null)
                    db.TestAnswers.Add(stored = TestAnswer.Create(attempt.Id, question.Id));
                stored.Set(scored.ChosenOptions, scored.Text, scored.Agreement, scored.Score, sittings.Now);
            }
            attempt.AnswerSaved();
            await db.SaveChangesAsync(ct);
            return Outcome<int>.Ok(questions.Count);
        }
    }
}
