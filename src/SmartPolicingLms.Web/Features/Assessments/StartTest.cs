using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Assessments;

// The test's front page: its window, its questions, the attempts made and left, and the start of a new attempt.
internal static class StartTest
{
    static readonly IStringLocalizer T = Localizers.For<AssessmentsStrings>();

    internal sealed record AttemptRow(int Number, AttemptSource Source, DateTime? SubmittedAt, decimal? ScorePercent);

    internal sealed record Model(
        Sitting Sitting, int Questions, int ScoredQuestions, IReadOnlyList<AttemptRow> Submitted,
        int? OpenAttempt, int Answered, int FirstUnanswered, string? ClosedBecause)
    {
        // The review of answers, once the post-test is over for the cohort, for someone who submitted it.
        public bool ReviewOpen => Sitting.AnswersMayBeReviewed && Submitted.Count > 0;
    }

    internal sealed class Query(Sittings sittings, QuestionBank bank, AppDbContext db)
    {
        public async Task<Model?> HandleAsync(int cohortId, TestKind kind, CancellationToken ct)
        {
            var sitting = await sittings.MineAsync(cohortId, kind, ct);
            if (sitting is null)
                return null;
            var questions = await bank.ForTestAsync(db, sitting.CourseVersionId, sitting.Edition, kind, ct);
            var answered = sitting.OpenAttempt is { } open
                ? (await db.TestAnswers.Where(a => a.TestAttemptId == open.Id).Select(a => a.CourseQuestionId).ToListAsync(ct)).ToHashSet()
                : [];
            var firstUnanswered = questions.FirstOrDefault(q => !answered.Contains(q.Id))?.Number ?? 1;
            return new Model(sitting, questions.Count, questions.Count(q => q.IsScored),
                [.. sitting.Attempts.Where(a => a.IsSubmitted).Select(a => new AttemptRow(a.Number, a.Source, a.SubmittedAt, a.ScorePercent))],
                sitting.OpenAttempt?.Number, answered.Count, firstUnanswered,
                sitting.CohortClosed ? TestText.CohortClosed : TestText.Closed(kind, sitting.Window, sitting.Zone));
        }
    }

    internal sealed class Command
    {
        // The attempt the page offered to start: a replayed or stale start names one that exists and starts nothing.
        public int Attempt { get; set; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Attempt).GreaterThan(0);
    }

    internal sealed class Handler(Sittings sittings, AppDbContext db, IValidator<Command> validator)
    {
        // The number of the attempt to answer: the one just started, or the one already open.
        public async Task<Outcome<int>> HandleAsync(int cohortId, TestKind kind, Command command, CancellationToken ct)
        {
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid)
                return Outcome<int>.Invalid(validation.Errors);
            var sitting = await sittings.MineAsync(cohortId, kind, ct);
            if (sitting is null)
                return Outcome<int>.Invalid("", TestText.NotEnrolled);
            if (sitting.CohortClosed)
                return Outcome<int>.Invalid("", TestText.CohortClosed);
            if (TestText.Closed(kind, sitting.Window, sitting.Zone) is { } closed)
                return Outcome<int>.Invalid("", closed);
            if (sitting.OpenAttempt is { } open)
                return Outcome<int>.Ok(open.Number);
            if (sitting.Passed)
                return Outcome<int>.Forbidden(TestText.AlreadyPassed);
            if (sitting.AttemptsLeft == 0)
                return Outcome<int>.Invalid("", TestText.NoAttemptsLeft);
            if (command.Attempt != sitting.NextNumber)
                return Outcome<int>.Invalid("", T["Attempt {0} was taken already. The page now shows where you are.", command.Attempt]);

            db.TestAttempts.Add(TestAttempt.Start(sitting.EnrollmentId, kind, sitting.NextNumber, AttemptSource.Online, null, sittings.Now));
            try
            {
                await db.SaveChangesAsync(ct);
                return Outcome<int>.Ok(sitting.NextNumber);
            }
            catch (DbUpdateException)
            {
                // The same start posted twice at once: the unique attempt number let one through; carry on with it.
                db.ChangeTracker.Clear();
                var again = await sittings.MineAsync(cohortId, kind, ct);
                if (again?.OpenAttempt is { } started)
                    return Outcome<int>.Ok(started.Number);
                throw;
            }
        }
    }
}
