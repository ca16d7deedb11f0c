using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Curricula.Scoring;

namespace SmartPolicingLms.Curricula.Tests;

public sealed class ScoringTests
{
    static readonly decimal[] TwoRightOfFive = [0.5m, 0.5m, -0.333333m, -0.333333m, -0.333333m];

    [Theory]
    [InlineData(new[] { 0, 1 }, 1.0)]
    [InlineData(new[] { 0 }, 0.5)]
    [InlineData(new[] { 0, 2 }, 0.1667)]
    [InlineData(new[] { 0, 1, 2, 3, 4 }, 0.0)]
    [InlineData(new[] { 2, 3 }, 0.0)]
    [InlineData(new int[0], 0.0)]
    public void Multiple_choice_earns_the_sum_of_the_chosen_weights_kept_between_zero_and_one(int[] chosen, double expected) =>
        Assert.Equal((decimal)expected, QuestionScoring.Choice(QuestionKind.MultipleChoice, TwoRightOfFive, chosen));

    [Fact]
    public void Three_thirds_stored_to_six_places_make_a_whole_point()
    {
        decimal[] thirds = [0.333333m, 0.333333m, 0.333333m, -1m];

        Assert.Equal(1m, QuestionScoring.Choice(QuestionKind.MultipleChoice, thirds, [0, 1, 2]));
    }

    [Theory]
    [InlineData(new[] { 1 }, 1.0)]
    [InlineData(new[] { 0 }, 0.0)]
    [InlineData(new[] { 2 }, 0.5)]
    [InlineData(new[] { 1, 2 }, 0.0)]
    [InlineData(new[] { 7 }, 0.0)]
    [InlineData(new[] { 1, 1 }, 0.0)]
    public void Single_choice_needs_exactly_one_valid_choice_and_earns_its_weight(int[] chosen, double expected) =>
        Assert.Equal((decimal)expected, QuestionScoring.Choice(QuestionKind.SingleChoice, [0m, 1m, 0.5m], chosen));

    [Theory]
    [InlineData("naloxone", 1.0)]
    [InlineData("  NALOXONE ", 1.0)]
    [InlineData("Narcan", 0.5)]
    [InlineData("nalox one", 0.0)]
    [InlineData("", 0.0)]
    [InlineData(null, 0.0)]
    [InlineData("НАЛОКСОН", 1.0)]
    public void Short_answers_match_ignoring_case_and_surrounding_spaces_and_take_the_best_weight(string? answer, double expected)
    {
        (string, decimal)[] accepted = [("naloxone", 1m), ("narcan", 0.5m), ("налоксон", 1m)];

        Assert.Equal((decimal)expected, QuestionScoring.ShortAnswer(accepted, answer));
    }

    // Moodle's short-answer wildcard, used in its own GIFT examples: a star stands for any characters, \* for a star.
    [Theory]
    [InlineData("needle and syringe programme", 1)]
    [InlineData("NEEDLE-EXCHANGE PROGRAMME", 1)]
    [InlineData("needleprogramme", 1)]
    [InlineData("needle and syringe programmes", 0.25)]
    [InlineData("syringe programme", 0.25)]
    [InlineData("5*", 0.5)]
    [InlineData("55", 0.25)]
    [InlineData("anything at all", 0.25)]
    public void A_star_in_an_accepted_answer_stands_for_any_characters(string answer, double expected)
    {
        // The last is Moodle's catch-all: any other answer earns a little.
        (string, decimal)[] accepted = [("needle*programme", 1m), ("5\\*", 0.5m), ("*", 0.25m)];

        Assert.Equal((decimal)expected, QuestionScoring.ShortAnswer(accepted, answer));
        Assert.Equal(expected >= 0.5 ? (decimal)expected : 0m, QuestionScoring.ShortAnswer(accepted[..2], answer));
    }

    [Fact]
    public void A_test_percent_counts_points_over_scored_questions()
    {
        Assert.Equal(58.3m, QuestionScoring.Percent([1m, 0.5m, 0.25m], 3));
        Assert.Equal(0m, QuestionScoring.Percent([], 0));
    }

    [Theory]
    [InlineData(40, 70, 0.5)]
    [InlineData(50, 50, 0.0)]
    [InlineData(60, 50, -0.25)]
    public void Normalised_gain_is_the_share_of_the_possible_gain_achieved(double pre, double post, double expected) =>
        Assert.Equal((decimal)expected, QuestionScoring.NormalisedGain((decimal)pre, (decimal)post));

    [Fact]
    public void Normalised_gain_is_not_defined_when_the_pre_test_mean_is_full_marks() =>
        Assert.Null(QuestionScoring.NormalisedGain(100m, 100m));

    [Fact]
    public void Option_order_is_stable_for_a_recruit_and_differs_between_recruits()
    {
        var first = OptionOrder.For("enrolment-1-post", "q-pep", 6, shuffle: true);

        Assert.Equal(first, OptionOrder.For("enrolment-1-post", "q-pep", 6, shuffle: true));
        Assert.Equal(Enumerable.Range(0, 6), first.Order());
        var others = Enumerable.Range(2, 30).Select(i => OptionOrder.For($"enrolment-{i}-post", "q-pep", 6, shuffle: true));
        Assert.Contains(others, o => !o.SequenceEqual(first));
    }

    [Fact]
    public void Unshuffled_questions_keep_the_written_order() =>
        Assert.Equal([0, 1, 2, 3], OptionOrder.For("enrolment-1-pre", "q-all-of-the-above", 4, shuffle: false));
}

public sealed class MatchingAndNumericalScoringTests
{
    static readonly string[] Answers = ["Rest and a meal", "Clean syringes", "Support where people are"];

    [Theory]
    [InlineData(new[] { "Rest and a meal", "Clean syringes", "Support where people are" }, 1.0)]
    [InlineData(new[] { "Rest and a meal", "Support where people are", "Clean syringes" }, 0.3333)]
    [InlineData(new[] { "Rest and a meal", "Clean syringes", null }, 0.6667)]
    [InlineData(new[] { "rest and a meal", "Clean syringes", "Support where people are" }, 0.6667)]
    public void Matching_earns_the_share_of_items_paired_right(string?[] chosen, double expected) =>
        Assert.Equal((decimal)expected, QuestionScoring.Matching(Answers, chosen));

    [Fact]
    public void A_matching_answer_for_other_items_earns_nothing() =>
        Assert.Equal(0m, QuestionScoring.Matching(Answers, ["Rest and a meal"]));

    static readonly (NumericAnswer?, decimal)[] Pi = [(new NumericAnswer(3.14m, 0m), 1m), (new NumericAnswer(3.1m, 0.1m), 0.5m), (null, 0m)];

    [Theory]
    [InlineData("3.14", 1.0)]
    [InlineData("3,14", 1.0)]
    [InlineData("3.2", 0.5)]
    [InlineData("3.0", 0.5)]
    [InlineData("3.21", 0.0)]
    public void Numerical_earns_the_best_weight_among_answers_whose_range_holds_the_number(string typed, double expected) =>
        Assert.Equal((decimal)expected, QuestionScoring.Numerical(Pi, QuestionScoring.ReadNumber(typed)!.Value));

    [Theory]
    [InlineData(" -2,5 ", -2.5)]
    [InlineData("1e3", 1000.0)]
    [InlineData("1,000.5", null)]
    [InlineData("three", null)]
    [InlineData("", null)]
    public void Typed_numbers_take_a_point_or_a_comma(string typed, double? expected) =>
        Assert.Equal(expected is null ? null : (decimal)expected.Value, QuestionScoring.ReadNumber(typed));
}
