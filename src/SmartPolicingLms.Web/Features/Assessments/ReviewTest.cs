using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Assessments;

// Before submitting: which questions are answered and which are not, each a link back to its page.
internal static class ReviewTest
{
    internal sealed record Row(int Number, string Prompt, bool Answered);

    internal sealed record Model(Sitting Sitting, int? Attempt, IReadOnlyList<Row> Questions, string? Refusal)
    {
        public IEnumerable<Row> Unanswered => Questions.Where(q => !q.Answered);
    }

    internal sealed class Query(Sittings sittings, QuestionBank bank, AppDbContext db)
    {
        public async Task<Model?> HandleAsync(int cohortId, TestKind kind, CancellationToken ct)
        {
            var sitting = await sittings.MineAsync(cohortId, kind, ct);
            if (sitting is null)
                return null;
            if (sitting.OpenAttempt is not { } attempt)
                return new Model(sitting, null, [], TestText.Closed(kind, sitting.Window, sitting.Zone) ?? TestText.NoOpenAttempt);
            var questions = await bank.ForTestAsync(db, sitting.CourseVersionId, sitting.Edition, kind, ct);
            var answered = (await db.TestAnswers.Where(a => a.TestAttemptId == attempt.Id).Select(a => a.CourseQuestionId).ToListAsync(ct))
                .ToHashSet();
            return new Model(sitting, attempt.Number,
                [.. questions.Select(q => new Row(q.Number, Shorten(HtmlText.ToText(q.PromptHtml)), answered.Contains(q.Id)))],
                sitting.RefusalToAnswer(attempt.Number));
        }

        static string Shorten(string text) => text.Length <= 90 ? text : text[..89].TrimEnd() + "…";
    }
}
