using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Features.Assessments;

namespace SmartPolicingLms.Web.Tests.Assessments;

public sealed class MatchingAndNumericalAnswerTests
{
    // Choices in alphabetical order: 1 "A police record", 2 "Clean syringes", 3 "Rest and a meal".
    static readonly QuestionView Matching = new(1, "m", 1, QuestionKind.Matching, "<p>Match</p>", true, AttitudeDirection.Agree,
    [
        new OptionView(1, "Drop-in centre", "Drop-in centre", 1m, "Rest and a meal"),
        new OptionView(2, "Needle and syringe programme", "Needle and syringe programme", 1m, "Clean syringes"),
        new OptionView(3, "", "", 0m, "A police record"),
    ]);

    static readonly QuestionView Numerical = new(2, "n", 2, QuestionKind.Numerical, "<p>How many?</p>", false, AttitudeDirection.Agree,
    [
        new OptionView(1, "14 ± 1", "14:1", 1m, Number: new NumericAnswer(14m, 1m)),
        new OptionView(2, "20", "20", 0.5m, Number: new NumericAnswer(20m, 0m)),
    ]);

    static PostedAnswer Pairs(params string[] pairs) => new([], null, null, pairs);

    static PostedAnswer Typed(string text) => new([], text, null);

    [Fact]
    public void The_choices_are_every_answer_once_in_alphabetical_order_and_extra_answers_are_no_items()
    {
        Assert.Equal(new[] { "A police record", "Clean syringes", "Rest and a meal" }, Matching.MatchChoices);
        Assert.Equal(new[] { 1, 2 }, Matching.MatchItems.Select(i => i.Position));
    }

    [Theory]
    [InlineData(new[] { "1:3", "2:2" }, "1:3,2:2", 1.0)]
    [InlineData(new[] { "2:1", "1:3" }, "1:3,2:1", 0.5)]
    [InlineData(new[] { "1:3", "" }, "1:3", 0.5)]
    public void Matching_is_stored_as_item_and_choice_pairs_and_earns_the_share_of_items_paired_right(string[] posted, string stored, double score)
    {
        var scored = Answers.Score(Matching, Pairs(posted));

        Assert.Equal((stored, (decimal)score), (scored.ChosenOptions, scored.Score));
        Assert.Equal(stored.Split(','), Answers.Parse(scored.ChosenOptions, null, null).Pairs);
    }

    [Fact]
    public void A_matching_question_with_every_select_left_blank_is_unanswered() =>
        Assert.True(Answers.IsEmpty(Matching, Pairs("", "")));

    [Theory]
    [InlineData("3:1")]
    [InlineData("4:1")]
    [InlineData("1:4")]
    [InlineData("1:0")]
    [InlineData("1")]
    [InlineData("1:2:3")]
    [InlineData("x:1")]
    public void A_pair_that_does_not_belong_to_the_question_is_refused_whole(string pair) =>
        Assert.False(new AnswerValidator(Matching).Validate(Pairs("2:2", pair)).IsValid);

    [Fact]
    public void The_same_item_twice_a_chosen_option_or_typed_text_is_refused_on_a_matching_question()
    {
        var validator = new AnswerValidator(Matching);

        Assert.False(validator.Validate(Pairs("1:3", "1:2")).IsValid);
        Assert.False(validator.Validate(new PostedAnswer([1], null, null)).IsValid);
        Assert.False(validator.Validate(new PostedAnswer([], "Rest", null)).IsValid);
    }

    [Fact]
    public void Pairs_on_a_question_of_another_kind_are_refused() =>
        Assert.False(new AnswerValidator(Numerical).Validate(new PostedAnswer([], "14", null, ["1:1"])).IsValid);

    [Theory]
    [InlineData("14", 1.0)]
    [InlineData(" 13,5 ", 1.0)]
    [InlineData("15.0", 1.0)]
    [InlineData("20", 0.5)]
    [InlineData("16", 0.0)]
    public void A_typed_number_takes_a_point_or_a_comma_and_earns_the_best_weight_that_holds_it(string typed, double score)
    {
        Assert.True(new AnswerValidator(Numerical).Validate(Typed(typed)).IsValid);

        var scored = Answers.Score(Numerical, Typed(typed));

        Assert.Equal((typed.Trim(), (decimal)score), (scored.Text, scored.Score));
    }

    [Theory]
    [InlineData("fourteen")]
    [InlineData("1,000.5")]
    [InlineData("14 days")]
    public void Text_that_is_not_a_number_is_refused_with_how_to_write_one(string typed)
    {
        var result = new AnswerValidator(Numerical).Validate(Typed(typed));

        Assert.Equal(AnswerValidator.NotANumber, Assert.Single(result.Errors).ErrorMessage);
    }
}
