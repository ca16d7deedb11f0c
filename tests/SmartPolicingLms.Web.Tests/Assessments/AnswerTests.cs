using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Features.Assessments;

namespace SmartPolicingLms.Web.Tests.Assessments;

public sealed class AnswerTests
{
    static QuestionView Question(QuestionKind kind, params decimal[] weights) => new(1, "q", 1, kind, "<p>Q</p>", true, AttitudeDirection.Agree,
        [.. weights.Select((w, i) => new OptionView(i + 1, $"o{i + 1}", $"o{i + 1}", w))]);

    [Fact]
    public void Options_are_stored_and_scored_by_their_written_position()
    {
        var scored = Answers.Score(Question(QuestionKind.MultipleChoice, 0.5m, -1m, 0.5m), new PostedAnswer([3, 1], null, null));

        Assert.Equal(("1,3", 1m), (scored.ChosenOptions, scored.Score));
    }

    [Fact]
    public void A_short_answer_matches_ignoring_case_and_surrounding_spaces_and_is_kept_trimmed()
    {
        var question = new QuestionView(1, "q", 1, QuestionKind.ShortAnswer, "", false, AttitudeDirection.Agree,
            [new OptionView(1, "Accra", "Accra", 1m), new OptionView(2, "Kumasi", "Kumasi", 0.5m)]);

        Assert.Equal(("accra", 1m), Pair(Answers.Score(question, new PostedAnswer([], "  accra ", null))));
        Assert.Equal(("KUMASI", 0.5m), Pair(Answers.Score(question, new PostedAnswer([], "KUMASI", null))));
    }

    [Fact]
    public void An_attitude_answer_keeps_the_agreement_and_no_score()
    {
        var scored = Answers.Score(Question(QuestionKind.Attitude), new PostedAnswer([], null, 4));

        Assert.Equal((4, (decimal?)null), (scored.Agreement, scored.Score));
    }

    [Theory]
    [InlineData(QuestionKind.SingleChoice, new[] { 4 }, null, null)]
    [InlineData(QuestionKind.SingleChoice, new[] { 1, 2 }, null, null)]
    [InlineData(QuestionKind.MultipleChoice, new[] { 1, 1 }, null, null)]
    [InlineData(QuestionKind.MultipleChoice, new[] { 0 }, null, null)]
    [InlineData(QuestionKind.SingleChoice, new int[0], "typed", null)]
    [InlineData(QuestionKind.SingleChoice, new int[0], null, 3)]
    [InlineData(QuestionKind.Attitude, new[] { 1 }, null, null)]
    [InlineData(QuestionKind.Attitude, new int[0], null, 6)]
    public void Values_that_do_not_belong_to_the_question_are_refused(QuestionKind kind, int[] chosen, string? text, int? agreement) =>
        Assert.False(new AnswerValidator(Question(kind, 1m, 0m, 0m)).Validate(new PostedAnswer(chosen, text, agreement)).IsValid);

    [Fact]
    public void A_tests_score_counts_only_scored_questions_and_unanswered_ones_as_nothing()
    {
        IReadOnlyList<QuestionView> questions =
        [
            Question(QuestionKind.SingleChoice, 1m, 0m) with { Id = 1 },
            Question(QuestionKind.MultipleChoice, 0.5m, 0.5m) with { Id = 2 },
            Question(QuestionKind.TrueFalse, 1m, 0m) with { Id = 3 },
            Question(QuestionKind.Attitude) with { Id = 4 },
        ];

        Assert.Equal(50m, Answers.Percent(questions, [(1, 1m), (2, 0.5m), (4, null)]));
    }

    static (string?, decimal?) Pair(ScoredAnswer answer) => (answer.Text, answer.Score);
}
