using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Curricula.Tests.Gift;

public sealed class GiftNumericalTests
{
    [Theory]
    [InlineData("{#3.14}", 3.14, 0.0)]
    [InlineData("{#3.14:0.01}", 3.14, 0.01)]
    [InlineData("{#1..5}", 3.0, 2.0)]
    [InlineData("{# -2 .. 4 }", 1.0, 3.0)]
    [InlineData("{#=1998}", 1998.0, 0.0)]
    [InlineData("{#1.5e3:10}", 1500.0, 10.0)]
    public void A_number_a_margin_or_a_range_becomes_a_value_give_or_take(string block, double value, double tolerance)
    {
        var file = GiftTestFile.ReadQuestion("::n::How many?" + block);

        var question = file.Single;
        file.HasNoDiagnostics();
        Assert.Equal(QuestionKind.Numerical, question.Kind);
        Assert.False(question.Shuffle);
        var option = Assert.Single(question.Options);
        Assert.Equal(new NumericAnswer((decimal)value, (decimal)tolerance), option.Number);
        Assert.Equal(1m, option.Weight);
    }

    [Fact]
    public void Several_weighted_answers_keep_their_weights_and_feedback_and_a_tilde_covers_any_other_number()
    {
        var question = GiftTestFile.ReadQuestion("::pi::What is pi to two places?{# =%100%3.14:0 #Exactly =%50%3.1:0.1 #Close ~#Look it up}").Single;

        Assert.Equal(new[] { 1m, 0.5m, 0m }, question.Options.Select(o => o.Weight));
        Assert.Equal(new NumericAnswer(3.1m, 0.1m), question.Options[1].Number);
        Assert.Null(question.Options[2].Number);
        Assert.Contains("Close", question.Options[1].FeedbackHtml);
        Assert.Contains("Look it up", question.Options[2].FeedbackHtml);
    }

    [Theory]
    [InlineData("{#3,14}", "take a point")]
    [InlineData("{#pi}", "not a number")]
    [InlineData("{#5..1}", "runs backwards")]
    [InlineData("{#3:-1}", "negative")]
    [InlineData("{#0.123456789012}", "more than 10 decimals")]
    public void Answers_that_are_not_numbers_or_accept_nothing_are_errors(string block, string fragment)
    {
        var file = GiftTestFile.ReadQuestion("::n::How many?" + block);

        Assert.Contains(fragment, file.Only(DiagnosticCodes.GiftNumber).Message);
        Assert.Empty(file.Questions);
    }

    [Fact]
    public void A_numerical_question_with_no_answer_earning_credit_is_an_error()
    {
        var file = GiftTestFile.ReadQuestion("::n::How many?{#=%0%3}");

        file.Only(DiagnosticCodes.NoRightAnswer);
    }
}
