using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Features.Assessments;

// A recruit's own post-test, question by question: what they answered, the right answer and the bank's feedback, in
// the words of their cohort's edition. Only once the post-test is over for the cohort (Sitting.AnswersMayBeReviewed):
// before that the answers could be passed on to someone still taking it. The attempt shown is the one that counts,
// the best (the latest of equal scores).
internal sealed class ShowPostTestAnswers(Sittings sittings, QuestionBank bank, AppDbContext db)
{
    static readonly IStringLocalizer T = Localizers.For<AssessmentsStrings>();

    // Given and Right are HTML: the bank's own markup, or typed text encoded here.
    internal sealed record Row(int Number, string PromptHtml, IReadOnlyList<string> Given, IReadOnlyList<string> Right,
        IReadOnlyList<string> FeedbackHtml, string Verdict);

    internal sealed record Model(Sitting Sitting, int Attempt, decimal? ScorePercent, IReadOnlyList<Row> Questions);

    public async Task<(Model? Model, Refusal? Refusal)> HandleAsync(int cohortId, CancellationToken ct)
    {
        var sitting = await sittings.MineAsync(cohortId, TestKind.Post, ct);
        if (sitting is null)
            return (null, Refusal.Forbidden(TestText.NotEnrolled));
        if (!sitting.AnswersMayBeReviewed)
            return (null, Refusal.Forbidden(TestText.ReviewNotYet));
        var attempt = sitting.Attempts.Where(a => a.IsSubmitted).OrderByDescending(a => a.ScorePercent ?? 0m).ThenByDescending(a => a.Number)
            .FirstOrDefault();
        if (attempt is null)
            return (null, Refusal.Forbidden(T["You did not submit the post-test, so there are no answers to review."]));
        var questions = await bank.ForTestAsync(db, sitting.CourseVersionId, sitting.Edition, TestKind.Post, ct);
        var answers = await db.TestAnswers.AsNoTracking().Where(a => a.TestAttemptId == attempt.Id)
            .ToDictionaryAsync(a => a.CourseQuestionId, ct);
        return (new Model(sitting, attempt.Number, attempt.ScorePercent, [.. questions.Select(q =>
        {
            var answer = answers.GetValueOrDefault(q.Id);
            var given = answer is null ? null : Answers.Parse(answer.ChosenOptions, answer.Text, answer.Agreement);
            return new Row(q.Number, q.PromptHtml, Given(q, given), Right(q), Feedback(q, given), Verdict(q, answer?.Score, given is not null));
        })]), null);
    }

    static IReadOnlyList<string> Given(QuestionView question, PostedAnswer? answer) => answer is null ? [] : question.Kind switch
    {
        QuestionKind.Attitude => [Encode(TestText.Agreement(answer.Agreement ?? 0))],
        QuestionKind.ShortAnswer or QuestionKind.Numerical => [Encode(answer.Text ?? "")],
        QuestionKind.Matching => [.. answer.Pairs.Select(MatchPair.Parse).OfType<MatchPair>().Select(p => Pair(
            question.Options.FirstOrDefault(o => o.Position == p.Item)?.Html ?? "",
            question.MatchChoices.ElementAtOrDefault(p.Choice - 1) ?? ""))],
        _ => [.. question.Options.Where(o => answer.Chosen.Contains(o.Position)).Select(o => o.Html)],
    };

    // What earns the marks: options with weight, the best typed answers, the accepted number, each item's pair.
    // Attitude items have none: they ask what the recruit thinks.
    static IReadOnlyList<string> Right(QuestionView question) => question.Kind switch
    {
        QuestionKind.Attitude => [],
        QuestionKind.ShortAnswer => [.. question.Options.Where(o => o.Weight > 0 && o.Weight == question.Options.Max(x => x.Weight))
            .Select(o => Encode(o.Text))],
        QuestionKind.Numerical => [.. question.Options.Where(o => o.Weight > 0 && o.Number is not null).Select(o => Encode(Number(o.Number!.Value)))],
        QuestionKind.Matching => [.. question.MatchItems.Select(i => Pair(i.Html, i.Match!))],
        _ => [.. question.Options.Where(o => o.Weight > 0).Select(o => o.Html)],
    };

    // The question's feedback, and that of each option the recruit chose.
    static IReadOnlyList<string> Feedback(QuestionView question, PostedAnswer? answer) =>
        [.. new[] { question.FeedbackHtml }
            .Concat(question.Options.Where(o => answer?.Chosen.Contains(o.Position) == true).Select(o => o.FeedbackHtml))
            .OfType<string>().Where(f => f.Length > 0)];

    static string Verdict(QuestionView question, decimal? score, bool answered) =>
        !question.IsScored ? T["Not marked: it asks what you think."]
        : !answered ? T["Not answered."]
        : score >= 1m ? T["Right."]
        : score > 0m ? T["Partly right."]
        : T["Not right."];

    static string Pair(string itemHtml, string match) => $"{itemHtml} → {Encode(match)}";

    static string Number(NumericAnswer number) => number.Tolerance > 0
        ? $"{number.Value.ToString("0.##########", CultureInfo.CurrentCulture)} ± {number.Tolerance.ToString("0.##########", CultureInfo.CurrentCulture)}"
        : number.Value.ToString("0.##########", CultureInfo.CurrentCulture);

    static string Encode(string text) => WebUtility.HtmlEncode(text);
}
