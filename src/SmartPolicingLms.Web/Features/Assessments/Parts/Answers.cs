using FluentValidation;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Curricula.Scoring;

namespace SmartPolicingLms.Web.Features.Assessments;

// An answer as a form posts it: options by their written position (1, 2, ...), never by the order shown.
internal sealed record PostedAnswer(IReadOnlyList<int> Chosen, string? Text, int? Agreement)
{
    public static readonly PostedAnswer None = new([], null, null);
}

// What is stored for an answer; the score is always worked out here, from the question, never taken from a form.
internal sealed record ScoredAnswer(string? ChosenOptions, string? Text, int? Agreement, decimal? Score);

internal static class Answers
{
    public const int MaxTextLength = 500;

    // Nothing chosen, typed or rated: the question is (again) unanswered.
    public static bool IsEmpty(QuestionView question, PostedAnswer answer) => question.Kind switch
    {
        QuestionKind.Attitude => answer.Agreement is null,
        QuestionKind.ShortAnswer => string.IsNullOrWhiteSpace(answer.Text),
        _ => answer.Chosen.Count == 0,
    };

    public static ScoredAnswer Score(QuestionView question, PostedAnswer answer) => question.Kind switch
    {
        QuestionKind.Attitude => new ScoredAnswer(null, null, answer.Agreement, null),
        QuestionKind.ShortAnswer => new ScoredAnswer(null, answer.Text!.Trim(), null,
            QuestionScoring.ShortAnswer(question.Options.Select(o => (o.Text, o.Weight)), answer.Text)),
        _ => new ScoredAnswer(string.Join(',', answer.Chosen.Order()), null, null,
            QuestionScoring.Choice(question.Kind, [.. question.Options.Select(o => o.Weight)], [.. answer.Chosen.Select(p => p - 1)])),
    };

    // A test's score: points earned over the scored questions; attitude items and unanswered questions earn nothing.
    public static decimal Percent(IReadOnlyList<QuestionView> questions, IEnumerable<(int QuestionId, decimal? Score)> answers)
    {
        var scored = questions.Where(q => q.IsScored).Select(q => q.Id).ToHashSet();
        return QuestionScoring.Percent(
            [.. answers.Where(a => a.Score is not null && scored.Contains(a.QuestionId)).Select(a => a.Score!.Value)], scored.Count);
    }

    // Stored positions back to a form's values, so a page shows what was saved.
    public static PostedAnswer Parse(string? chosenOptions, string? text, int? agreement) => new(
        [.. (chosenOptions ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)], text, agreement);
}

// The rules an answer must meet for its question. A posted value that does not belong to the question is refused
// whole: nothing of it is saved.
internal sealed class AnswerValidator : AbstractValidator<PostedAnswer>
{
    public const string NotAnOption = "Choose among the answers shown for this question.";

    public AnswerValidator(QuestionView question)
    {
        RuleFor(a => a.Chosen)
            .Must(chosen => chosen.All(p => p >= 1 && p <= question.Options.Count) && chosen.Distinct().Count() == chosen.Count)
            .WithMessage(NotAnOption);
        RuleFor(a => a.Chosen)
            .Must(chosen => chosen.Count <= 1).When(_ => question.Kind is QuestionKind.SingleChoice or QuestionKind.TrueFalse)
            .WithMessage("Choose only one answer.");
        RuleFor(a => a.Chosen).Empty().When(_ => question.Kind is QuestionKind.ShortAnswer or QuestionKind.Attitude)
            .WithMessage(NotAnOption);
        RuleFor(a => a.Text).Empty().When(_ => question.Kind != QuestionKind.ShortAnswer)
            .WithMessage("This question has no typed answer.");
        RuleFor(a => a.Text).MaximumLength(Answers.MaxTextLength)
            .WithMessage($"Keep the answer under {Answers.MaxTextLength} characters.");
        RuleFor(a => a.Agreement).Null().When(_ => question.Kind != QuestionKind.Attitude)
            .WithMessage(NotAnOption);
        RuleFor(a => a.Agreement).InclusiveBetween(1, 5).When(a => a.Agreement is not null)
            .WithMessage("Choose one of the five points of the scale.");
    }
}
