using System.Globalization;
using FluentValidation;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Curricula.Scoring;

namespace SmartPolicingLms.Web.Features.Assessments;

// An answer as a form posts it: options by their written position (1, 2, ...), never by the order shown. Matching
// posts one "item:choice" per item, the item by its written position and the choice by its place in MatchChoices.
internal sealed record PostedAnswer(IReadOnlyList<int> Chosen, string? Text, int? Agreement, IReadOnlyList<string>? Matched = null)
{
    public static readonly PostedAnswer None = new([], null, null);

    // A select left on "choose" posts an empty value: that item is unanswered.
    public IReadOnlyList<string> Pairs => [.. (Matched ?? []).Where(m => !string.IsNullOrWhiteSpace(m))];
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
        QuestionKind.ShortAnswer or QuestionKind.Numerical => string.IsNullOrWhiteSpace(answer.Text),
        QuestionKind.Matching => answer.Pairs.Count == 0,
        _ => answer.Chosen.Count == 0,
    };

    public static ScoredAnswer Score(QuestionView question, PostedAnswer answer) => question.Kind switch
    {
        QuestionKind.Attitude => new ScoredAnswer(null, null, answer.Agreement, null),
        QuestionKind.ShortAnswer => new ScoredAnswer(null, answer.Text!.Trim(), null,
            QuestionScoring.ShortAnswer(question.Options.Select(o => (o.Text, o.Weight)), answer.Text)),
        QuestionKind.Numerical => new ScoredAnswer(null, answer.Text!.Trim(), null,
            QuestionScoring.Numerical(question.Options.Select(o => (o.Number, o.Weight)), QuestionScoring.ReadNumber(answer.Text)!.Value)),
        QuestionKind.Matching => ScoreMatching(question, answer),
        _ => new ScoredAnswer(string.Join(',', answer.Chosen.Order()), null, null,
            QuestionScoring.Choice(question.Kind, [.. question.Options.Select(o => o.Weight)], [.. answer.Chosen.Select(p => p - 1)])),
    };

    // Stored as "item:choice" pairs in item order, the same form the page posts, so a saved answer shows as it was given.
    static ScoredAnswer ScoreMatching(QuestionView question, PostedAnswer answer)
    {
        var choices = question.MatchChoices;
        var given = answer.Pairs.Select(MatchPair.Parse).ToDictionary(p => p!.Value.Item, p => choices[p!.Value.Choice - 1]);
        var items = question.MatchItems;
        var score = QuestionScoring.Matching([.. items.Select(i => i.Match!)], [.. items.Select(i => given.GetValueOrDefault(i.Position))]);
        return new ScoredAnswer(string.Join(',', answer.Pairs.Select(MatchPair.Parse).OrderBy(p => p!.Value.Item).Select(p => p!.Value.ToString())),
            null, null, score);
    }

    // A test's score: points earned over the scored questions; attitude items and unanswered questions earn nothing.
    public static decimal Percent(IReadOnlyList<QuestionView> questions, IEnumerable<(int QuestionId, decimal? Score)> answers)
    {
        var scored = questions.Where(q => q.IsScored).Select(q => q.Id).ToHashSet();
        return QuestionScoring.Percent(
            [.. answers.Where(a => a.Score is not null && scored.Contains(a.QuestionId)).Select(a => a.Score!.Value)], scored.Count);
    }

    // Stored positions back to a form's values, so a page shows what was saved.
    public static PostedAnswer Parse(string? chosenOptions, string? text, int? agreement)
    {
        var stored = (chosenOptions ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        return stored.Any(s => s.Contains(':'))
            ? new PostedAnswer([], text, agreement, stored)
            : new PostedAnswer([.. stored.Select(int.Parse)], text, agreement);
    }
}

// One "item:choice" value of a matching answer.
internal readonly record struct MatchPair(int Item, int Choice)
{
    public static MatchPair? Parse(string value)
    {
        var parts = value.Split(':');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var item)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var choice)
            ? new MatchPair(item, choice)
            : null;
    }

    public override string ToString() => $"{Item}:{Choice}";
}

// The rules an answer must meet for its question. A posted value that does not belong to the question is refused
// whole: nothing of it is saved.
internal sealed class AnswerValidator : AbstractValidator<PostedAnswer>
{
    static readonly IStringLocalizer T = Localizers.For<AssessmentsStrings>();

    public static string NotAnOption => T["Choose among the answers shown for this question."];
    public static string NotANumber => T["Write a number, such as 3.14 or 3,14."];

    public AnswerValidator(QuestionView question)
    {
        var choiceKinds = question.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice or QuestionKind.TrueFalse;
        var typedKinds = question.Kind is QuestionKind.ShortAnswer or QuestionKind.Numerical;
        RuleFor(a => a.Chosen)
            .Must(chosen => chosen.All(p => p >= 1 && p <= question.Options.Count) && chosen.Distinct().Count() == chosen.Count)
            .WithMessage(_ => NotAnOption);
        RuleFor(a => a.Chosen)
            .Must(chosen => chosen.Count <= 1).When(_ => question.Kind is QuestionKind.SingleChoice or QuestionKind.TrueFalse)
            .WithMessage(_ => T["Choose only one answer."]);
        RuleFor(a => a.Chosen).Empty().When(_ => !choiceKinds)
            .WithMessage(_ => NotAnOption);
        RuleFor(a => a.Text).Empty().When(_ => !typedKinds)
            .WithMessage(_ => T["This question has no typed answer."]);
        RuleFor(a => a.Text).MaximumLength(Answers.MaxTextLength)
            .WithMessage(_ => T["Keep the answer under {0} characters.", Answers.MaxTextLength]);
        RuleFor(a => a.Text)
            .Must(text => string.IsNullOrWhiteSpace(text) || QuestionScoring.ReadNumber(text) is not null)
            .When(_ => question.Kind == QuestionKind.Numerical)
            .WithMessage(_ => NotANumber);
        RuleFor(a => a.Pairs).Must(pairs => BelongToQuestion(question, pairs))
            .WithMessage(_ => NotAnOption);
        RuleFor(a => a.Agreement).Null().When(_ => question.Kind != QuestionKind.Attitude)
            .WithMessage(_ => NotAnOption);
        RuleFor(a => a.Agreement).InclusiveBetween(1, 5).When(a => a.Agreement is not null)
            .WithMessage(_ => T["Choose one of the five points of the scale."]);
    }

    // Every pair names an item of this question, once, and one of its choices; any other question has no pairs.
    static bool BelongToQuestion(QuestionView question, IReadOnlyList<string> pairs)
    {
        if (pairs.Count == 0) return true;
        if (question.Kind != QuestionKind.Matching) return false;
        var items = question.MatchItems.Select(i => i.Position).ToHashSet();
        var choices = question.MatchChoices.Count;
        var parsed = pairs.Select(MatchPair.Parse).ToList();
        return parsed.All(p => p is { } pair && items.Contains(pair.Item) && pair.Choice >= 1 && pair.Choice <= choices)
            && parsed.Select(p => p!.Value.Item).Distinct().Count() == parsed.Count;
    }
}
