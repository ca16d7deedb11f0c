using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Assessments;

// Ends an attempt and scores it on the server from the answers saved: points over the scored questions, with
// attitude items answered but never counted. Submitting an attempt that is already submitted changes nothing.
internal static class SubmitTest
{
    internal sealed class Command
    {
        public int Attempt { get; set; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Attempt).GreaterThan(0);
    }

    internal sealed class Handler(Sittings sittings, QuestionBank bank, AppDbContext db, IValidator<Command> validator)
    {
        const int Tries = 6;

        public async Task<Outcome<decimal>> HandleAsync(int cohortId, TestKind kind, Command command, CancellationToken ct)
        {
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid)
                return Outcome<decimal>.Invalid(validation.Errors);
            for (var attempt = 1; attempt <= Tries; attempt++)
            {
                try
                {
                    return await SubmitAsync(cohortId, kind, command.Attempt, ct);
                }
                catch (DbUpdateConcurrencyException)
                {
                    // An answer or a second submit of this attempt was saved in between: read again, so the score
                    // includes that answer, or the replay finds the attempt submitted.
                    db.ChangeTracker.Clear();
                    await Task.Delay(Random.Shared.Next(5, 20) * attempt, ct);
                }
            }
            return Outcome<decimal>.Conflict(TestText.Busy);
        }

        async Task<Outcome<decimal>> SubmitAsync(int cohortId, TestKind kind, int number, CancellationToken ct)
        {
            var sitting = await sittings.MineAsync(cohortId, kind, ct);
            if (sitting is null)
                return Outcome<decimal>.Forbidden(TestText.NotEnrolled);
            if (sitting.Attempts.FirstOrDefault(a => a.Number == number) is { IsSubmitted: true } done)
                return Outcome<decimal>.Ok(done.ScorePercent ?? 0m);
            if (sitting.RefusalToAnswer(number) is { } refusal)
                return Outcome<decimal>.Forbidden(refusal);

            var attempt = sitting.OpenAttempt!;
            var score = await ScoreAsync(db, bank, sitting.CourseVersionId, kind, attempt.Id, ct);
            attempt.Submit(score, sittings.Now);
            await db.SaveChangesAsync(ct);
            return Outcome<decimal>.Ok(score);
        }
    }

    static async Task<decimal> ScoreAsync(AppDbContext db, QuestionBank bank, int courseVersionId, TestKind kind, int attemptId, CancellationToken ct)
    {
        // Scores are stored per answer; only which questions count is read here, the same in every edition.
        var questions = await bank.ForTestAsync(db, courseVersionId, edition: null, kind, ct);
        var answers = await db.TestAnswers.AsNoTracking()
            .Where(a => a.TestAttemptId == attemptId)
            .Select(a => new { a.CourseQuestionId, a.Score })
            .ToListAsync(ct);
        return Answers.Percent(questions, answers.Select(a => (a.CourseQuestionId, a.Score)));
    }
}
